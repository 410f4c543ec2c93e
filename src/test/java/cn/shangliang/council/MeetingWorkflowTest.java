package cn.shangliang.council;

import cn.shangliang.common.rules.RuleViolation;

import static cn.shangliang.testsupport.Violations.assertCodes;
import static cn.shangliang.testsupport.Violations.codes;
import static cn.shangliang.council.MeetingStatus.AGENDA_PUBLISHED;
import static cn.shangliang.council.MeetingStatus.CLOSED;
import static cn.shangliang.council.MeetingStatus.DRAFT;
import static cn.shangliang.council.MeetingStatus.IN_PROGRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shangliang.common.rules.Threshold;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingWorkflowTest extends TransitionTableContract<MeetingStatus> {
    private static final String[] TABLE = {
            "DRAFT             -> AGENDA_PUBLISHED, CANCELLED",
            "AGENDA_PUBLISHED  -> DRAFT, IN_PROGRESS, CANCELLED",
            "IN_PROGRESS       -> CLOSED",
            "CLOSED            -> MINUTES_CONFIRMED",
            "MINUTES_CONFIRMED -> MINUTES_PUBLISHED"};

    private static final LocalDate MEETING_DAY = LocalDate.of(2025, 3, 10);
    private final MeetingWorkflow workflow = new MeetingWorkflow(CouncilRules.DEFAULT);

    MeetingWorkflowTest() {
        super(MeetingStatus.class, MeetingWorkflow.TRANSITIONS, "meeting", TABLE);
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @CsvSource({
            "DRAFT,             IN_PROGRESS",   // no meeting without a published agenda
            "IN_PROGRESS,       CANCELLED",     // a meeting that opened is closed, and its attendance kept
            "CLOSED,            MINUTES_PUBLISHED", // minutes are confirmed before they are published
            "MINUTES_PUBLISHED, DRAFT",
            "CANCELLED,         DRAFT"})
    void notableForbiddenTransitions(MeetingStatus from, MeetingStatus to) {
        assertFalse(MeetingWorkflow.TRANSITIONS.allows(from, to));
    }

    @Test
    void finishedMeetingsAreTerminal() {
        assertEquals(Set.of(), MeetingWorkflow.TRANSITIONS.next(MeetingStatus.MINUTES_PUBLISHED));
        assertTrue(MeetingWorkflow.TRANSITIONS.isTerminal(MeetingStatus.CANCELLED));
    }

    @Test
    void forbiddenTransitionMessageNamesBothStates() {
        RuleViolation v = MeetingWorkflow.TRANSITIONS.check(DRAFT, CLOSED).get(0);
        assertEquals("会议状态不能从「草稿」变为「已结束」。", v.message());
    }

    @ParameterizedTest(name = "published {0} for a meeting on 2025-03-10: {1}")
    @CsvSource({
            "2025-03-01, ''",
            "2025-03-08, ''", // exactly 2 days before
            "2025-03-09, meeting.agenda.notice-too-short",
            "2025-03-10, meeting.agenda.notice-too-short",
            "2025-03-11, meeting.agenda.notice-too-short"})
    void agendaIsPublishedAtLeastTwoDaysBefore(LocalDate today, String expected) {
        assertCodes(expected, workflow.checkPublishAgenda(DRAFT, today, MEETING_DAY, 3));
    }

    @Test
    void noticePeriodIsConfigurable() {
        MeetingWorkflow threeDays = new MeetingWorkflow(new CouncilRules(Threshold.moreThan(2, 3), Threshold.moreThan(1, 2), 3));
        assertEquals(List.of("meeting.agenda.notice-too-short"),
                codes(threeDays.checkPublishAgenda(DRAFT, LocalDate.of(2025, 3, 8), MEETING_DAY, 1)));
        assertEquals(List.of(), codes(threeDays.checkPublishAgenda(DRAFT, LocalDate.of(2025, 3, 7), MEETING_DAY, 1)));
    }

    @Test
    void publishingReportsEveryProblemAtOnce() {
        List<RuleViolation> violations = workflow.checkPublishAgenda(CLOSED, LocalDate.of(2025, 3, 9), MEETING_DAY, 0);
        assertEquals(List.of("meeting.transition.not-allowed", "meeting.agenda.notice-too-short", "meeting.agenda.empty"),
                codes(violations));
        assertEquals("议程须在会议日前至少2天公布：会议日期为2025-03-10，今天（2025-03-09）公布只提前1天。",
                violations.get(1).message());
    }

    @Test
    void checkInOpensOnTheMeetingDayOnly() {
        assertEquals(List.of(), workflow.checkOpen(AGENDA_PUBLISHED, MEETING_DAY, MEETING_DAY));
        assertEquals(List.of("meeting.open.not-meeting-day"),
                codes(workflow.checkOpen(AGENDA_PUBLISHED, MEETING_DAY.minusDays(1), MEETING_DAY)));
        assertEquals(List.of("meeting.transition.not-allowed"), codes(workflow.checkOpen(DRAFT, MEETING_DAY, MEETING_DAY)));
    }

    @ParameterizedTest
    @CsvSource({"DRAFT", "AGENDA_PUBLISHED", "CLOSED", "MINUTES_PUBLISHED", "CANCELLED"})
    void checkInOnlyWhileInProgress(MeetingStatus status) {
        assertEquals(List.of("meeting.check-in.not-in-progress"), codes(workflow.checkCheckIn(status)));
        assertEquals(List.of(), workflow.checkCheckIn(IN_PROGRESS));
    }

    @ParameterizedTest(name = "{0} with {1} of {2} present: {3}")
    @CsvSource({
            "IN_PROGRESS, 14, 20, ''",
            "IN_PROGRESS, 13, 20, meeting.vote.no-quorum",
            "IN_PROGRESS,  3,  4, ''",
            "IN_PROGRESS,  2,  3, meeting.vote.no-quorum",
            "CLOSED,      20, 20, meeting.vote.not-in-progress",
            "AGENDA_PUBLISHED, 0, 20, meeting.vote.not-in-progress meeting.vote.no-quorum"})
    void votesNeedAMeetingInProgressWithQuorum(MeetingStatus status, int present, int members, String expected) {
        assertCodes(expected, workflow.checkVote(status, present, members));
    }

    @Test
    void noQuorumMessageSaysHowManyAreMissing() {
        assertEquals("未达到法定人数：应到20人，实到13人，须超过应到人数的2/3，还差1人。",
                workflow.checkVote(IN_PROGRESS, 13, 20).get(0).message());
    }

    @Test
    void cancellingNeedsAReasonAndAnEarlyState() {
        assertEquals(List.of(), workflow.checkCancel(AGENDA_PUBLISHED, "主持人临时住院"));
        assertEquals(List.of("meeting.cancel.reason-required"), codes(workflow.checkCancel(DRAFT, " ")));
        assertEquals(List.of("meeting.transition.not-allowed", "meeting.cancel.reason-required"),
                codes(workflow.checkCancel(IN_PROGRESS, null)));
    }

    @Test
    void onlyADraftIsEdited() {
        assertEquals(List.of(), MeetingWorkflow.checkEdit(DRAFT));
        for (MeetingStatus status : MeetingStatus.values()) {
            if (status != DRAFT) {
                assertEquals("meeting.edit.not-draft", MeetingWorkflow.checkEdit(status).get(0).code(), status.name());
            }
        }
    }
}
