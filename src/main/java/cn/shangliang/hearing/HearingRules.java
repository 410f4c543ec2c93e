package cn.shangliang.hearing;

import cn.shangliang.common.rules.Threshold;
import java.util.Objects;

/**
 * A hearing's configurable rules, defaults from DOMAIN.md §4: materials reach representatives at least 7 days
 * before the hearing (重大行政决策程序暂行条例), and the hearing is held only if at least 2/3 of the
 * representatives attend (one municipal rule).
 */
public record HearingRules(int materialsDays, Threshold attendance, HearingQuota quota) {
    public static final HearingRules DEFAULT = new HearingRules(7, Threshold.atLeast(2, 3), HearingQuota.DEFAULT);

    public HearingRules {
        if (materialsDays < 0) {
            throw new IllegalArgumentException("materialsDays must not be negative");
        }
        Objects.requireNonNull(attendance);
        Objects.requireNonNull(quota);
    }
}
