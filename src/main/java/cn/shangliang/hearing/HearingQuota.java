package cn.shangliang.hearing;

import static cn.shangliang.hearing.RepresentativeCategory.ORDINARY_RESIDENT;
import static cn.shangliang.hearing.RepresentativeCategory.STAKEHOLDER;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.Threshold;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The make-up of a hearing's representatives (DOMAIN.md §4, one municipal rule as the default): at least 15
 * representatives; stakeholders and ordinary residents together at least 1/3 of them; and, our product rule,
 * more stakeholders than ordinary residents, because those directly affected must not be outvoiced by those
 * who are not. The same rules check the seat plan before registration and the final list after the lottery.
 */
public record HearingQuota(int minRepresentatives, Threshold stakeholderAndResidentShare,
                           boolean stakeholdersOutnumberResidents) {
    public static final HearingQuota DEFAULT = new HearingQuota(15, Threshold.atLeast(1, 3), true);

    public HearingQuota {
        if (minRepresentatives < 1) {
            throw new IllegalArgumentException("a hearing has at least one representative");
        }
        Objects.requireNonNull(stakeholderAndResidentShare);
    }

    /** Every rule the planned seats per category break; empty when the plan is valid. */
    public List<RuleViolation> validatePlan(Map<RepresentativeCategory, Integer> seats) {
        List<RuleViolation> violations = new ArrayList<>();
        seats.forEach((category, count) -> {
            if (count < 0) {
                violations.add(new RuleViolation("hearing.quota.negative-seats",
                        "「" + category.label() + "」的席位数不能为负数。"));
            }
        });
        if (violations.isEmpty()) {
            violations.addAll(checkCounts(seats, "席位方案"));
        }
        return violations;
    }

    /** Every rule the final list breaks, including a category over its planned seats or a repeated applicant. */
    public List<RuleViolation> validateParticipants(Map<RepresentativeCategory, Integer> seats, List<Applicant> participants) {
        Map<RepresentativeCategory, Integer> counts = new EnumMap<>(RepresentativeCategory.class);
        Set<Long> seen = new HashSet<>();
        List<RuleViolation> violations = new ArrayList<>();
        for (Applicant participant : participants) {
            counts.merge(participant.category(), 1, Integer::sum);
            if (!seen.add(participant.applicationNo())) {
                violations.add(new RuleViolation("hearing.quota.duplicate",
                        "申请编号" + participant.applicationNo() + "在代表名单中出现了不止一次。"));
            }
        }
        counts.forEach((category, count) -> {
            int planned = seats.getOrDefault(category, 0);
            if (count > planned) {
                violations.add(new RuleViolation("hearing.quota.over-seats",
                        "代表名单中「" + category.label() + "」有" + count + "人，超过了" + planned + "个席位。"));
            }
        });
        violations.addAll(checkCounts(counts, "代表名单"));
        return violations;
    }

    private List<RuleViolation> checkCounts(Map<RepresentativeCategory, Integer> counts, String subject) {
        List<RuleViolation> violations = new ArrayList<>();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int stakeholders = counts.getOrDefault(STAKEHOLDER, 0);
        int residents = counts.getOrDefault(ORDINARY_RESIDENT, 0);
        if (total < minRepresentatives) {
            violations.add(new RuleViolation("hearing.quota.too-few",
                    "听证代表应不少于" + minRepresentatives + "人，" + subject + "共" + total + "人。"));
        }
        if (!stakeholderAndResidentShare.isMetBy(stakeholders + residents, total)) {
            violations.add(new RuleViolation("hearing.quota.share",
                    "利害关系人代表与普通居民代表合计须" + stakeholderAndResidentShare.labelOf("代表总数") + "（"
                            + total + "人中至少" + stakeholderAndResidentShare.minimumOf(total) + "人），"
                            + subject + "中为" + (stakeholders + residents) + "人。"));
        }
        if (stakeholdersOutnumberResidents && stakeholders <= residents) {
            violations.add(new RuleViolation("hearing.quota.stakeholders-not-more",
                    "利害关系人代表须多于普通居民代表，" + subject + "中利害关系人代表" + stakeholders
                            + "人，普通居民代表" + residents + "人。"));
        }
        return violations;
    }
}
