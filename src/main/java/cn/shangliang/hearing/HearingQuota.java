package cn.shangliang.hearing;

import static cn.shangliang.hearing.RepresentativeCategory.ORDINARY_RESIDENT;
import static cn.shangliang.hearing.RepresentativeCategory.STAKEHOLDER;

import cn.shangliang.common.rules.Labelled;
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
 * They judge what the hearing holds, so they refuse as conflicts (409); a plan checked before it is saved is
 * refused as invalid input by its caller.
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

    /** What the share of stakeholders and residents is of (errors-bundle code). */
    static final String REPRESENTATIVES = "threshold.whole.representatives";

    /** What a count is about in a refusal: the planned seats or the final list, in the reader's language. */
    enum QuotaSubject implements Labelled {
        PLAN, LIST
    }

    /** Every rule the planned seats per category break; empty when the plan is valid. */
    public List<RuleViolation> validatePlan(Map<RepresentativeCategory, Integer> seats) {
        List<RuleViolation> violations = new ArrayList<>();
        seats.forEach((category, count) -> {
            if (count < 0) {
                violations.add(RuleViolation.conflict("hearing.quota.negative-seats", category));
            }
        });
        if (violations.isEmpty()) {
            violations.addAll(checkCounts(seats, QuotaSubject.PLAN));
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
                violations.add(RuleViolation.conflict("hearing.quota.duplicate", participant.applicationNo()));
            }
        }
        counts.forEach((category, count) -> {
            int planned = seats.getOrDefault(category, 0);
            if (count > planned) {
                violations.add(RuleViolation.conflict("hearing.quota.over-seats", category, count, planned));
            }
        });
        violations.addAll(checkCounts(counts, QuotaSubject.LIST));
        return violations;
    }

    private List<RuleViolation> checkCounts(Map<RepresentativeCategory, Integer> counts, QuotaSubject subject) {
        List<RuleViolation> violations = new ArrayList<>();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int stakeholders = counts.getOrDefault(STAKEHOLDER, 0);
        int residents = counts.getOrDefault(ORDINARY_RESIDENT, 0);
        if (total < minRepresentatives) {
            violations.add(RuleViolation.conflict("hearing.quota.too-few", minRepresentatives, subject, total));
        }
        if (!stakeholderAndResidentShare.isMetBy(stakeholders + residents, total)) {
            violations.add(RuleViolation.conflict("hearing.quota.share", stakeholderAndResidentShare.of(REPRESENTATIVES), total, stakeholderAndResidentShare.minimumOf(total), subject, (stakeholders + residents)));
        }
        if (stakeholdersOutnumberResidents && stakeholders <= residents) {
            violations.add(RuleViolation.conflict("hearing.quota.stakeholders-not-more", subject, stakeholders, residents));
        }
        return violations;
    }
}
