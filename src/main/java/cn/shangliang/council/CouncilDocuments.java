package cn.shangliang.council;

import cn.shangliang.common.print.DocumentSource;
import cn.shangliang.common.print.PrintDocument;
import cn.shangliang.common.print.PrintDocument.Section;
import cn.shangliang.common.print.PrintContext;
import cn.shangliang.common.print.PrintMessages;
import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A meeting's minutes as an A4 paper: the confirmed text (or the draft, for those who keep the records), signed off by the council. */
@ApplicationScoped
public class CouncilDocuments implements DocumentSource {

    @Inject
    MeetingViews views;

    @Inject
    MinutesService minutes;

    @Inject
    CouncilActors actors;

    @Inject
    cn.shangliang.common.security.CheckInTokens tokens;

    @Inject
    java.time.Clock clock;

    @Override
    public Map<String, Maker> documents() {
        return Map.of("meeting-minutes", this::minutes, "meeting-invitation", this::invitation);
    }

    /**
     * The invitation members get on paper, with the check-in QR code printed on it: its token is valid until the
     * end of the meeting day, so it is printed only by those who run the meeting (as the on-screen code is shown).
     */
    PrintDocument invitation(long id, PrintContext c) {
        PrintMessages m = c.m();
        MeetingViews.MeetingView meeting = views.view(id);
        if (!CouncilPermissions.allows(actors.actor(meeting.communityId()), CouncilAction.RECORD_ATTENDANCE)) {
            throw DomainException.forbidden("forbidden.scope");
        }
        Instant endOfDay = meeting.date().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        String qr = "/meetings/" + id + "/check-in/qr?t=" + tokens.issue("meeting-" + id, endOfDay);
        List<String> agenda = meeting.items().stream().map(i -> i.position() + ". " + i.title()).toList();
        return new PrintDocument("meeting-invitation-" + id, meeting.councilName(), m.invitation_title(meeting.title()),
                m.number(m.kind_minutes(), meeting.date().getYear(), id), meeting.date(),
                List.of(Section.of(null, m.when_where(meeting.date() + " " + meeting.time(), meeting.place())),
                        new Section(m.agenda(), agenda, null), Section.of(null, m.invitation_check_in())),
                true, qr);
    }

    PrintDocument minutes(long id, PrintContext c) {
        PrintMessages m = c.m();
        MeetingViews.MeetingView meeting = views.view(id);
        String text = minutes.text(id);
        return new PrintDocument("meeting-minutes-" + id, meeting.councilName(), m.minutes_title(meeting.title()),
                m.number(m.kind_minutes(), meeting.date().getYear(), id), meeting.date(), List.of(Section.of(null, text)),
                true, "/meetings/" + id + "/minutes");
    }
}
