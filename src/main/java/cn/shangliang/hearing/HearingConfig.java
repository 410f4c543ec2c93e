package cn.shangliang.hearing;

import cn.shangliang.common.rules.Threshold;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Defaults for new hearings (DOMAIN.md §4; docs/rules/hearing.md). The quota and observer capacity are the
 * form's starting values and may be changed per hearing; the materials period and the attendance share apply
 * to every hearing created while they are configured.
 */
@ConfigMapping(prefix = "shangliang.hearing")
public interface HearingConfig {

    @WithDefault("15")
    int minRepresentatives();

    /** Stakeholders and ordinary residents together, as a share of all representatives. */
    @WithDefault(">= 1/3")
    Threshold representativeShare();

    @WithDefault("true")
    boolean stakeholdersOutnumberResidents();

    @WithDefault("7")
    int materialsDays();

    @WithDefault(">= 2/3")
    Threshold attendance();

    @WithDefault("30")
    int observerCapacity();
}
