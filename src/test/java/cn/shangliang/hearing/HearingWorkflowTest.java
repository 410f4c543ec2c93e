package cn.shangliang.hearing;

import static cn.shangliang.testsupport.Violations.assertCodes;
import static cn.shangliang.hearing.HearingQuotaTest.applicants;
import static cn.shangliang.testsupport.Violations.codes;
import static cn.shangliang.hearing.HearingQuotaTest.seats;
import static cn.shangliang.hearing.HearingStatus.ANNOUNCED;
import static cn.shangliang.hearing.HearingStatus.DRAFT;
import static cn.shangliang.hearing.HearingStatus.IN_SESSION;
import static cn.shangliang.hearing.HearingStatus.PARTICIPANTS_FIXED;
import static cn.shangliang.hearing.HearingStatus.RECORD_CONFIRMATION;
import static cn.shangliang.hearing.HearingStatus.REGISTRATION_CLOSED;
import static cn.shangliang.hearing.HearingStatus.REGISTRATION_OPEN;
import static cn.shangliang.hearing.SignOff.PENDING;
import static cn.shangliang.hearing.SignOff.REFUSED;
import static cn.shangliang.hearing.SignOff.SIGNED;
import static cn.shangliang.hearing.SignOff.SIGNED_WITH_CORRECTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.shangliang.council.TransitionTableContract;
import cn.shangliang.common.rules.Threshold;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HearingWorkflowTest extends TransitionTableContract<HearingStatus> {
    private static final String[] TABLE = {
            "DRAFT               -> ANNOUNCED, CANCELLED",
            "ANNOUNCED           -> REGISTRATION_OPEN, CANCELLED",
            "REGISTRATION_OPEN   -> REGISTRATION_CLOSED, CANCELLED",
            "REGISTRATION_CLOSED -> PARTICIPANTS_FIXED, CANCELLED",
            "PARTICIPANTS_FIXED  -> IN_SESSION, CANCELLED",
            "IN_SESSION          -> RECORD_CONFIRMATION",
            "RECORD_CONFIRMATION -> REPORT_PUBLISHED"};

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 3);
    private static final HearingSchedule SCHEDULE = new HearingSchedule(TODAY.plusDays(1), TODAY.plusDays(10),
            TODAY.plusDays(11), TODAY.plusDays(18), "2025-11-14 福彩3D开奖号码");
    private static final Map<RepresentativeCategory, Integer> PLAN = seats(4, 1, 5, 3, 2);

    private final HearingWorkflow workflow = new HearingWorkflow(HearingRules.DEFAULT);

    HearingWorkflowTest() {
        super(HearingStatus.class, HearingWorkflow.TRANSITIONS, "hearing", TABLE);
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @CsvSource({
            "REGISTRATION_CLOSED, IN_SESSION",        // no hearing without a fixed list
            "REGISTRATION_OPEN,   PARTICIPANTS_FIXED", // registration closes before the lottery
            "IN_SESSION,          CANCELLED",         // once it sat, there is a record to confirm
            "IN_SESSION,          REPORT_PUBLISHED",  // the record is confirmed first
            "REPORT_PUBLISHED,    DRAFT"})
    void notableForbiddenTransitions(HearingStatus from, HearingStatus to) {
        assertFalse(HearingWorkflow.TRANSITIONS.allows(from, to));
    }

    @Test
    void announcingAWellPlannedHearing() {
        assertEquals(List.of(), workflow.checkAnnounce(DRAFT, TODAY, SCHEDULE, PLAN));
    }

    @Test
    void materialsPeriodIsCountedFromTheListToTheHearing() {
        HearingSchedule sixDays = new HearingSchedule(TODAY, TODAY.plusDays(10), TODAY.plusDays(11), TODAY.plusDays(17), "种子");
        assertEquals(List.of("hearing.materials-period-too-short"), codes(workflow.checkAnnounce(DRAFT, TODAY, sixDays, PLAN)));
        assertEquals("听证材料须在听证会前至少7天送达代表：代表名单于2025-11-14确定，距听证会（2025-11-20）只有6天。",
                workflow.checkAnnounce(DRAFT, TODAY, sixDays, PLAN).get(0).message());

        HearingWorkflow tenDays = new HearingWorkflow(new HearingRules(10, Threshold.atLeast(2, 3), HearingQuota.DEFAULT));
        assertEquals(List.of("hearing.materials-period-too-short"), codes(tenDays.checkAnnounce(DRAFT, TODAY, SCHEDULE, PLAN)));
    }

    @Test
    void announcementReportsEveryProblem() {
        HearingSchedule muddled = new HearingSchedule(TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(2),
                TODAY.plusDays(1), " ");
        assertEquals(List.of("hearing.transition.not-allowed", "hearing.announce.registration-in-past",
                        "hearing.announce.registration-order", "hearing.announce.lottery-too-early",
                        "hearing.materials-period-too-short", "hearing.announce.seed-source-required",
                        "hearing.quota.too-few"),
                codes(workflow.checkAnnounce(ANNOUNCED, TODAY, muddled, seats(4, 1, 5, 3, 1))));
    }

    @Test
    void theLotteryComesAfterTheLastDayOfRegistration() {
        HearingSchedule sameDay = new HearingSchedule(TODAY, TODAY.plusDays(10), TODAY.plusDays(10), TODAY.plusDays(20), "种子");
        assertEquals(List.of("hearing.announce.lottery-too-early"), codes(workflow.checkAnnounce(DRAFT, TODAY, sameDay, PLAN)));
    }

    @Test
    void registrationRunsOnTheAnnouncedDays() {
        assertEquals(List.of("hearing.registration.opens-early"), codes(workflow.checkOpenRegistration(ANNOUNCED, TODAY, SCHEDULE)));
        assertEquals(List.of(), workflow.checkOpenRegistration(ANNOUNCED, SCHEDULE.registrationOpens(), SCHEDULE));
        assertEquals(List.of("hearing.registration.closes-early"),
                codes(workflow.checkCloseRegistration(REGISTRATION_OPEN, SCHEDULE.registrationCloses(), SCHEDULE)));
        assertEquals(List.of(), workflow.checkCloseRegistration(REGISTRATION_OPEN, SCHEDULE.registrationCloses().plusDays(1), SCHEDULE));
    }

    @Test
    void fixingTheListChecksTheQuotaAndTheMaterialsPeriod() {
        LocalDate hearing = SCHEDULE.hearingDate();
        HearingSchedule late = new HearingSchedule(TODAY, TODAY.plusDays(3), TODAY.plusDays(11), hearing, "种子");
        LotteryResult full = lottery(applicants(PLAN));
        assertEquals(List.of(), workflow.checkFixParticipants(REGISTRATION_CLOSED, hearing.minusDays(7), late, PLAN, full));
        assertEquals(List.of("hearing.materials-period-too-short"),
                codes(workflow.checkFixParticipants(REGISTRATION_CLOSED, hearing.minusDays(6), late, PLAN, full)));
        assertEquals(List.of("hearing.quota.too-few", "hearing.quota.share", "hearing.quota.stakeholders-not-more"),
                codes(workflow.checkFixParticipants(REGISTRATION_CLOSED, hearing.minusDays(7), late, PLAN,
                        lottery(applicants(seats(1, 1, 5, 3, 2))))));
        assertEquals(List.of("hearing.transition.not-allowed"),
                codes(workflow.checkFixParticipants(REGISTRATION_OPEN, hearing.minusDays(7), late, PLAN, full)));
    }

    /**
     * The list used to be fixable on any day before the materials deadline, even before the announced
     * lottery day, when the public value the seed comes from did not exist yet.
     */
    @Test
    void theLotteryWaitsForTheAnnouncedDayAndThePublishedSeed() {
        LocalDate lotteryDay = SCHEDULE.participantsFixedOn();
        LotteryResult full = lottery(applicants(PLAN));
        assertEquals(List.of("hearing.lottery.too-early"),
                codes(workflow.checkFixParticipants(REGISTRATION_CLOSED, lotteryDay.minusDays(1), SCHEDULE, PLAN, full)));
        assertEquals(List.of(), workflow.checkFixParticipants(REGISTRATION_CLOSED, lotteryDay, SCHEDULE, PLAN, full));
        assertEquals(List.of("hearing.lottery.seed-not-published"),
                codes(workflow.checkFixParticipants(REGISTRATION_CLOSED, lotteryDay, SCHEDULE, PLAN, null)));
    }

    @Test
    void theSeedIsPublishedOnceOnTheLotteryDay() {
        LocalDate lotteryDay = SCHEDULE.participantsFixedOn();
        assertEquals(List.of(), workflow.checkPublishSeed(REGISTRATION_CLOSED, lotteryDay, SCHEDULE, null, "福彩3D 2025318 582"));
        assertEquals(List.of("hearing.lottery.too-early"),
                codes(workflow.checkPublishSeed(REGISTRATION_CLOSED, lotteryDay.minusDays(1), SCHEDULE, null, "582")));
        assertEquals(List.of("hearing.seed.already-published"),
                codes(workflow.checkPublishSeed(REGISTRATION_CLOSED, lotteryDay, SCHEDULE, "582", "583")));
        assertEquals(List.of("hearing.seed.not-now", "hearing.seed.required"),
                codes(workflow.checkPublishSeed(REGISTRATION_OPEN, lotteryDay, SCHEDULE, null, " ")));
    }

    @Test
    void residentsRegisterOnTheAnnouncedDaysOnly() {
        assertEquals(List.of(), workflow.checkRegister(REGISTRATION_OPEN, SCHEDULE.registrationCloses(), SCHEDULE));
        assertEquals(List.of("hearing.registration.period-over"),
                codes(workflow.checkRegister(REGISTRATION_OPEN, SCHEDULE.registrationCloses().plusDays(1), SCHEDULE)));
        assertEquals(List.of("hearing.registration.not-open"), codes(workflow.checkRegister(ANNOUNCED, TODAY, SCHEDULE)));
    }

    @Test
    void theSessionEndsAfterTheRepresentativesSpoke() {
        assertEquals(List.of(), workflow.checkEndSession(IN_SESSION, SessionStage.REPRESENTATIVE_STATEMENTS));
        assertEquals(List.of("hearing.session.no-representative-views"),
                codes(workflow.checkEndSession(IN_SESSION, SessionStage.SPONSOR_PRESENTATION)));
        assertEquals(List.of("hearing.transition.not-allowed", "hearing.session.no-representative-views"),
                codes(workflow.checkEndSession(PARTICIPANTS_FIXED, null)));
    }

    private static LotteryResult lottery(List<Applicant> applicants) {
        return SeatLottery.draw("种子", PLAN, applicants);
    }

    @ParameterizedTest(name = "{0} of 15 representatives present: {1}")
    @CsvSource({
            "15, ''",
            "10, ''",                              // exactly 2/3 is enough: 以上 includes the number
            " 9, hearing.session.too-few-present",
            " 0, hearing.session.too-few-present"})
    void theHearingSitsWithTwoThirdsOfRepresentatives(int present, String expected) {
        LocalDate day = SCHEDULE.hearingDate();
        assertCodes(expected, workflow.checkOpenSession(PARTICIPANTS_FIXED, day, day, present, 15));
    }

    @Test
    void sessionMessagesAndDay() {
        LocalDate day = SCHEDULE.hearingDate();
        assertEquals("出席的听证代表须不少于代表总数的2/3：代表15人，出席9人，还差1人。",
                workflow.checkOpenSession(PARTICIPANTS_FIXED, day, day, 9, 15).get(0).message());
        assertEquals(List.of("hearing.session.not-hearing-day"),
                codes(workflow.checkOpenSession(PARTICIPANTS_FIXED, day.minusDays(1), day, 15, 15)));
    }

    @Test
    void theReportWaitsForEverySignOff() {
        assertEquals(List.of(), workflow.checkPublishReport(RECORD_CONFIRMATION, List.of(SIGNED, SIGNED_WITH_CORRECTIONS, REFUSED)));
        assertEquals(List.of("hearing.report.record-not-confirmed"),
                codes(workflow.checkPublishReport(RECORD_CONFIRMATION, List.of(SIGNED, PENDING, PENDING))));
        assertEquals("听证笔录尚未由全部出席代表确认，还有2人待确认。",
                workflow.checkPublishReport(RECORD_CONFIRMATION, List.of(SIGNED, PENDING, PENDING)).get(0).message());
        assertEquals(List.of("hearing.report.no-sign-offs"), codes(workflow.checkPublishReport(RECORD_CONFIRMATION, List.of())));
        assertEquals(List.of("hearing.transition.not-allowed"), codes(workflow.checkPublishReport(IN_SESSION, List.of(SIGNED))));
    }

    @Test
    void cancellingNeedsAReasonAndHappensBeforeTheSession() {
        assertEquals(List.of(), workflow.checkCancel(PARTICIPANTS_FIXED, "决策事项已撤回"));
        assertEquals(List.of("hearing.cancel.reason-required"), codes(workflow.checkCancel(DRAFT, "")));
        assertEquals(List.of("hearing.transition.not-allowed"), codes(workflow.checkCancel(IN_SESSION, "下雨")));
    }
}
