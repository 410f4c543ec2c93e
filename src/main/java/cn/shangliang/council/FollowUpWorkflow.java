package cn.shangliang.council;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.TransitionTable;

import static cn.shangliang.council.FollowUpStatus.ASSIGNED;
import static cn.shangliang.council.FollowUpStatus.CLOSED;
import static cn.shangliang.council.FollowUpStatus.IN_PROGRESS;
import static cn.shangliang.council.FollowUpStatus.REPORTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Carrying out a resolution and reporting back (2015 opinion: implement, then report and publish within a
 * set period). A report that does not satisfy may be reopened; the proposer's rating is published either
 * way and never changes the status by itself.
 */
public final class FollowUpWorkflow {
    public static final TransitionTable<FollowUpStatus> TRANSITIONS =
            TransitionTable.builder(FollowUpStatus.class, "follow-up")
                    .allow(ASSIGNED, IN_PROGRESS)
                    .allow(IN_PROGRESS, REPORTED)
                    .allow(REPORTED, CLOSED, IN_PROGRESS)
                    .build();

    private FollowUpWorkflow() {
    }

    /** The due date is the last allowed day; anything not closed after it is overdue, reported or not. */
    public static boolean overdue(FollowUpStatus status, LocalDate dueDate, LocalDate today) {
        return status != CLOSED && today.isAfter(dueDate);
    }

    public static List<RuleViolation> checkReport(FollowUpStatus status, String report) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, REPORTED));
        violations.addAll(RuleViolation.requireText(report, "follow-up.report.text-required"));
        return violations;
    }

    /**
     * The proposer and the co-signers (those who asked for the matter) rate each report once, while it is
     * reported or after it was closed.
     */
    public static List<RuleViolation> checkRate(FollowUpStatus status, boolean isSupporter, boolean alreadyRated) {
        List<RuleViolation> violations = new ArrayList<>();
        if (status != REPORTED && status != CLOSED) {
            violations.add(RuleViolation.invalid("follow-up.rate.not-reported"));
        }
        if (!isSupporter) {
            violations.add(RuleViolation.invalid("follow-up.rate.not-supporter"));
        }
        if (alreadyRated) {
            violations.add(RuleViolation.invalid("follow-up.rate.already-rated"));
        }
        return violations;
    }
}
