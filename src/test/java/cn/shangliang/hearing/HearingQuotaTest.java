package cn.shangliang.hearing;

import static cn.shangliang.testsupport.Violations.assertCodes;
import static cn.shangliang.testsupport.Violations.codes;
import static cn.shangliang.hearing.RepresentativeCategory.DEPUTY;
import static cn.shangliang.hearing.RepresentativeCategory.EXPERT;
import static cn.shangliang.hearing.RepresentativeCategory.ORDINARY_RESIDENT;
import static cn.shangliang.hearing.RepresentativeCategory.ORGANIZATION;
import static cn.shangliang.hearing.RepresentativeCategory.STAKEHOLDER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.Threshold;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HearingQuotaTest {
    private final HearingQuota quota = HearingQuota.DEFAULT;

    @ParameterizedTest(name = "S{0} R{1} E{2} D{3} O{4}: {5}")
    @CsvSource({
            "4, 1, 5, 3, 2, ''",                                   // 15 seats, 5 of 15 is exactly 1/3
            "9, 8, 0, 0, 0, ''",
            "5, 0, 5, 3, 2, ''",                                   // no ordinary residents is allowed
            "3, 1, 6, 3, 2, hearing.quota.share",                  // 4 of 15 < 1/3
            "4, 1, 5, 3, 1, hearing.quota.too-few",                // 14 seats
            "3, 3, 5, 3, 1, hearing.quota.stakeholders-not-more",  // equal is not more
            "3, 4, 5, 3, 1, hearing.quota.stakeholders-not-more",
            "1, 1, 5, 0, 0, hearing.quota.too-few hearing.quota.share hearing.quota.stakeholders-not-more",
            "0, 0, 0, 0, 0, hearing.quota.too-few hearing.quota.share hearing.quota.stakeholders-not-more"})
    void planRules(int s, int r, int e, int d, int o, String expected) {
        assertCodes(expected, quota.validatePlan(seats(s, r, e, d, o)));
    }

    @Test
    void messagesGiveTheNumbers() {
        List<RuleViolation> violations = quota.validatePlan(seats(1, 1, 5, 0, 0));
        assertEquals(List.of(
                        "听证代表应不少于15人，席位方案共7人。",
                        "利害关系人代表与普通居民代表合计须不少于代表总数的1/3（7人中至少3人），席位方案中为2人。",
                        "利害关系人代表须多于普通居民代表，席位方案中利害关系人代表1人，普通居民代表1人。"),
                violations.stream().map(RuleViolation::message).toList());
    }

    @Test
    void everyRuleIsConfigurable() {
        HearingQuota local = new HearingQuota(9, Threshold.moreThan(1, 2), false);
        assertEquals(List.of(), local.validatePlan(seats(3, 3, 3, 0, 0)));
        assertEquals(List.of("hearing.quota.share"), codes(local.validatePlan(seats(2, 2, 5, 0, 0))));
    }

    @Test
    void negativeSeatsAreRefusedAlone() {
        assertEquals(List.of("hearing.quota.negative-seats"), codes(quota.validatePlan(seats(-1, 1, 5, 3, 2))));
    }

    @Test
    void participantListIsCheckedAgainstThePlan() {
        Map<RepresentativeCategory, Integer> plan = seats(4, 1, 5, 3, 2);
        List<Applicant> full = applicants(plan);
        assertEquals(List.of(), quota.validateParticipants(plan, full));

        List<Applicant> overSeats = new ArrayList<>(full);
        overSeats.add(new Applicant(999, STAKEHOLDER));
        assertEquals(List.of("hearing.quota.over-seats"), codes(quota.validateParticipants(plan, overSeats)));
        assertEquals("代表名单中「利害关系人代表」有5人，超过了4个席位。", quota.validateParticipants(plan, overSeats).get(0).message());

        List<Applicant> twice = new ArrayList<>(full.subList(1, full.size()));
        twice.add(full.get(1));
        assertEquals(List.of("hearing.quota.duplicate"), codes(quota.validateParticipants(plan, twice)));
    }

    @Test
    void aShortCategoryBreaksTheListRules() {
        Map<RepresentativeCategory, Integer> plan = seats(4, 1, 5, 3, 2);
        List<Applicant> fewStakeholders = applicants(seats(1, 1, 5, 3, 2));
        assertEquals(List.of("hearing.quota.too-few", "hearing.quota.share", "hearing.quota.stakeholders-not-more"),
                codes(quota.validateParticipants(plan, fewStakeholders)));
        assertEquals("听证代表应不少于15人，代表名单共12人。", quota.validateParticipants(plan, fewStakeholders).get(0).message());
    }

    static Map<RepresentativeCategory, Integer> seats(int s, int r, int e, int d, int o) {
        Map<RepresentativeCategory, Integer> seats = new EnumMap<>(RepresentativeCategory.class);
        seats.put(STAKEHOLDER, s);
        seats.put(ORDINARY_RESIDENT, r);
        seats.put(EXPERT, e);
        seats.put(DEPUTY, d);
        seats.put(ORGANIZATION, o);
        return seats;
    }

    static List<Applicant> applicants(Map<RepresentativeCategory, Integer> counts) {
        List<Applicant> applicants = new ArrayList<>();
        long no = 1;
        for (Map.Entry<RepresentativeCategory, Integer> entry : counts.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                applicants.add(new Applicant(no++, entry.getKey()));
            }
        }
        return applicants;
    }

}
