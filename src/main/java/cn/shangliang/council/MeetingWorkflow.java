package cn.shangliang.council;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.TransitionTable;

import static cn.shangliang.council.MeetingStatus.AGENDA_PUBLISHED;
import static cn.shangliang.council.MeetingStatus.CANCELLED;
import static cn.shangliang.council.MeetingStatus.CLOSED;
import static cn.shangliang.council.MeetingStatus.DRAFT;
import static cn.shangliang.council.MeetingStatus.IN_PROGRESS;
import static cn.shangliang.council.MeetingStatus.MINUTES_CONFIRMED;
import static cn.shangliang.council.MeetingStatus.MINUTES_PUBLISHED;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A council meeting's life. A published agenda may be withdrawn to DRAFT (to amend it or move the date);
 * publishing again checks the notice period again, so residents always get the full notice. A meeting that
 * opened but never reached quorum is CLOSED, not cancelled: its attendance is part of the public record.
 */
public final class MeetingWorkflow {
    public static final TransitionTable<MeetingStatus> TRANSITIONS =
            TransitionTable.builder(MeetingStatus.class, "meeting")
                    .allow(DRAFT, AGENDA_PUBLISHED, CANCELLED)
                    .allow(AGENDA_PUBLISHED, DRAFT, IN_PROGRESS, CANCELLED)
                    .allow(IN_PROGRESS, CLOSED)
                    .allow(CLOSED, MINUTES_CONFIRMED)
                    .allow(MINUTES_CONFIRMED, MINUTES_PUBLISHED)
                    .build();

    private final CouncilRules rules;

    public MeetingWorkflow(CouncilRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    /** Days are whole calendar days from the publishing date to the meeting date. */
    public List<RuleViolation> checkPublishAgenda(MeetingStatus status, LocalDate today, LocalDate meetingDate,
                                                  int agendaItems) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, AGENDA_PUBLISHED));
        long notice = ChronoUnit.DAYS.between(today, meetingDate);
        if (notice < rules.agendaNoticeDays()) {
            violations.add(RuleViolation.invalid("meeting.agenda.notice-too-short", rules.agendaNoticeDays(), meetingDate, today, notice));
        }
        if (agendaItems < 1) {
            violations.add(RuleViolation.invalid("meeting.agenda.empty"));
        }
        return violations;
    }

    /** Date, time, place and title change only in a draft; a published agenda is withdrawn first (issue 19). */
    public static List<RuleViolation> checkEdit(MeetingStatus status) {
        return status == DRAFT ? List.of() : List.of(RuleViolation.conflict("meeting.edit.not-draft", status));
    }

    /** Check-in opens on the meeting day only, so the notice that was checked stays true. */
    public List<RuleViolation> checkOpen(MeetingStatus status, LocalDate today, LocalDate meetingDate) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, IN_PROGRESS));
        if (!today.equals(meetingDate)) {
            violations.add(RuleViolation.invalid("meeting.open.not-meeting-day", meetingDate));
        }
        return violations;
    }

    public List<RuleViolation> checkCheckIn(MeetingStatus status) {
        if (status == IN_PROGRESS) {
            return List.of();
        }
        return List.of(RuleViolation.invalid("meeting.check-in.not-in-progress", status));
    }

    public List<RuleViolation> checkVote(MeetingStatus status, int present, int members) {
        List<RuleViolation> violations = new ArrayList<>();
        if (status != IN_PROGRESS) {
            violations.add(RuleViolation.invalid("meeting.vote.not-in-progress", status));
        }
        if (!rules.quorumPresent(present, members)) {
            violations.add(RuleViolation.invalid("meeting.vote.no-quorum", members, present, rules.quorum().of("threshold.whole.members"), rules.moreNeededForQuorum(present, members)));
        }
        return violations;
    }

    /** Residents were told the meeting would happen, so they are told why it will not. */
    public List<RuleViolation> checkCancel(MeetingStatus status, String reason) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, CANCELLED));
        violations.addAll(RuleViolation.requireText(reason, "meeting.cancel.reason-required"));
        return violations;
    }
}
