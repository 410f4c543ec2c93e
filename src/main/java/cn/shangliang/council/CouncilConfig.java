package cn.shangliang.council;

import cn.shangliang.common.rules.Threshold;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The configurable council numbers (DOMAIN.md §3), defaulting to the local practice described there. */
@ConfigMapping(prefix = "shangliang.council")
public interface CouncilConfig {

    /** Members present against all members, e.g. "> 2/3". */
    @WithDefault("> 2/3")
    Threshold quorum();

    /** Yes votes against members present, e.g. "> 1/2". */
    @WithDefault("> 1/2")
    Threshold majority();

    @WithDefault("2")
    int agendaNoticeDays();

    @WithDefault("1")
    int monthlyPeriodMonths();

    @WithDefault("6")
    int consultationPeriodMonths();

    default CouncilRules rules() {
        return new CouncilRules(quorum(), majority(), agendaNoticeDays());
    }

    default Cadence cadence() {
        return new Cadence(monthlyPeriodMonths(), consultationPeriodMonths());
    }
}
