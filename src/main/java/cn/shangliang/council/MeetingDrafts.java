package cn.shangliang.council;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Editing a meeting while it is a draft (issue 19): a typo in the place or a moved date is fixed, not cancelled
 * and scheduled again. A published agenda is withdrawn first (with its public notice), so residents never read
 * a time that changed under them. The agenda items have their own add and remove.
 */
@ApplicationScoped
public class MeetingDrafts {

    /** The schedule of a draft meeting, as the page form and the JSON API send it. */
    public record DraftForm(@NotNull(message = "field.meeting.kind") MeetingKind kind,
                            @Size(max = 200, message = "field.title-max-200") String title,
                            @NotNull(message = "field.meeting.date") LocalDate date,
                            @NotNull(message = "field.meeting.start") LocalTime time,
                            @NotBlank(message = "field.meeting.place") @Size(max = 200, message = "field.meeting.place")
                            String place,
                            @Size(max = 2000, message = "field.meeting.participants") String participants) {
    }

    @Inject
    MeetingService meetings;

    @Inject
    CouncilActors actors;

    @Inject
    CouncilAudit audit;

    @Inject
    Clock clock;

    @Transactional
    public void edit(long meetingId, @Valid @NotNull DraftForm form) {
        Meeting m = meetings.locked(meetingId, CouncilAction.SCHEDULE_MEETING);
        Refusal.throwIf(MeetingWorkflow.checkEdit(m.status));
        if (form.date().isBefore(LocalDate.now(clock))) {
            throw DomainException.invalid(List.of(new FieldError("date", "field.meeting.date")));
        }
        String before = summary(m);
        Council council = Council.findById(m.councilId);
        fill(m, council, form.kind(), form.title(), form.date(), form.time(), form.place(), form.participants());
        audit.record("meeting.edit", "meeting", m.id, before + " → " + summary(m));
    }

    /** The schedule of a meeting, as scheduled or edited; a blank title is named after the council, date and kind. */
    static void fill(Meeting m, Council council, MeetingKind kind, String title, LocalDate date, LocalTime time,
                     String place, String participants) {
        m.kind = kind;
        m.title = title == null || title.isBlank() ? council.name + date + kind.label() : title.strip();
        m.meetingDate = date;
        m.startTime = time;
        m.place = place.strip();
        m.participants = participants == null || participants.isBlank() ? null : participants.strip();
    }

    /** Refuses the edit page to whoever may not edit, or for a meeting that is no longer a draft. */
    public void requireEditable(long meetingId) {
        Meeting m = Meeting.findById(meetingId);
        if (m == null) {
            throw DomainException.notFound("not-found.meeting");
        }
        actors.require(Council.<Council>findById(m.councilId).communityId, CouncilAction.SCHEDULE_MEETING);
        Refusal.throwIf(MeetingWorkflow.checkEdit(m.status));
    }

    /** The draft's current values by field name, to fill the edit form. */
    public Map<String, String> values(long meetingId) {
        Meeting m = Meeting.findById(meetingId);
        if (m == null) {
            throw DomainException.notFound("not-found.meeting");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", m.kind.name());
        values.put("title", m.title);
        values.put("date", m.meetingDate.toString());
        values.put("time", m.startTime.toString());
        values.put("place", m.place);
        values.put("participants", m.participants == null ? "" : m.participants);
        return values;
    }

    private static String summary(Meeting m) {
        return m.title + " / " + m.meetingDate + " " + m.startTime + " / " + m.place;
    }
}
