package cn.shangliang.council;

import static cn.shangliang.testsupport.Violations.assertCodes;
import static cn.shangliang.council.FollowUpStatus.CLOSED;
import static cn.shangliang.council.FollowUpStatus.IN_PROGRESS;
import static cn.shangliang.council.FollowUpStatus.REPORTED;
import static cn.shangliang.testsupport.Violations.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpWorkflowTest extends TransitionTableContract<FollowUpStatus> {
    private static final String[] TABLE = {
            "ASSIGNED    -> IN_PROGRESS",
            "IN_PROGRESS -> REPORTED",
            "REPORTED    -> CLOSED, IN_PROGRESS"};

    FollowUpWorkflowTest() {
        super(FollowUpStatus.class, FollowUpWorkflow.TRANSITIONS, "follow-up", TABLE);
    }

    @ParameterizedTest(name = "{0}, due 2025-03-31, today {1}: overdue {2}")
    @CsvSource({
            "ASSIGNED,    2025-03-31, false",
            "ASSIGNED,    2025-04-01, true",
            "IN_PROGRESS, 2025-04-01, true",
            "REPORTED,    2025-04-01, true", // reported but not closed is still open
            "CLOSED,      2025-04-01, false",
            "CLOSED,      2030-01-01, false"})
    void overdueMeansPastTheDueDateAndNotClosed(FollowUpStatus status, LocalDate today, boolean overdue) {
        assertEquals(overdue, FollowUpWorkflow.overdue(status, LocalDate.of(2025, 3, 31), today));
    }

    @Test
    void aReportSaysWhatWasDone() {
        assertEquals(List.of(), FollowUpWorkflow.checkReport(IN_PROGRESS, "已更换路灯12盏"));
        assertEquals(List.of("follow-up.report.text-required"), codes(FollowUpWorkflow.checkReport(IN_PROGRESS, "")));
        assertEquals(List.of("follow-up.transition.not-allowed"), codes(FollowUpWorkflow.checkReport(CLOSED, "补充说明")));
    }

    @ParameterizedTest(name = "{0}, proposer or co-signer {1}, rated before {2}: {3}")
    @CsvSource({
            "REPORTED,    true,  false, ''",
            "CLOSED,      true,  false, ''",
            "ASSIGNED,    true,  false, follow-up.rate.not-reported",
            "IN_PROGRESS, true,  false, follow-up.rate.not-reported",
            "REPORTED,    false, false, follow-up.rate.not-supporter",
            "REPORTED,    true,  true,  follow-up.rate.already-rated",
            "IN_PROGRESS, false, true,  follow-up.rate.not-reported follow-up.rate.not-supporter follow-up.rate.already-rated"})
    void theProposerAndCosignersRateEachReportOnce(FollowUpStatus status, boolean proposer, boolean rated, String expected) {
        assertCodes(expected, FollowUpWorkflow.checkRate(status, proposer, rated));
    }

    @Test
    void ratingsHaveChineseLabels() {
        assertEquals(List.of("满意", "基本满意", "不满意"),
                Stream.of(FollowUpRating.values()).map(FollowUpRating::label).toList());
    }
}
