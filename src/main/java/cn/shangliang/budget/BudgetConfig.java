package cn.shangliang.budget;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Defaults of a new budget cycle (DOMAIN.md §2: Shenzhen's 200万元 a year, 罗湖's caps and notice days). */
@ConfigMapping(prefix = "shangliang.budget")
public interface BudgetConfig {

    @WithDefault("200000000")
    long defaultBudgetFen();

    @WithDefault("100000000")
    long defaultCapWorksFen();

    @WithDefault("50000000")
    long defaultCapServiceFen();

    @WithDefault("50000000")
    long defaultCapGoodsFen();

    @WithDefault("5")
    int defaultNoticeDays();
}
