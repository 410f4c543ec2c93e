package cn.shangliang.common.calendar;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.QrCodes;
import cn.shangliang.common.web.Ui;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Calendar files: one item ({@code /calendar/meeting/12.ics}, hearing, decision, budget) or a community's feed of
 * every public date ({@code /calendar/community/3.ics}) for a phone calendar to subscribe to.
 */
@Path("/calendar")
@Blocking
@PermitAll
public class CalendarPages {

    static final String MEDIA = "text/calendar;charset=UTF-8";

    @Inject
    Instance<CalendarSource> sources;

    @Inject
    QrCodes site;

    @Inject
    Ui ui;

    @Inject
    Clock clock;

    @Inject
    CommunityNames communityNames;

    @GET
    @Path("community/{id: [0-9]+}.ics")
    @Produces({MEDIA, MediaType.TEXT_HTML})
    public Response community(@PathParam("id") long id) {
        String community = communityNames.name(id).orElseThrow(() -> DomainException.notFound("not-found.community"));
        List<CalendarEvent> events = new ArrayList<>();
        for (CalendarSource source : sources) {
            events.addAll(source.ofCommunity(id));
        }
        events.sort(Comparator.comparing(CalendarPages::when));
        return file(ui.bundle(CalendarMessages.class).feed(community), events, "community-" + id);
    }

    @GET
    @Path("{kind}/{id: [0-9]+}.ics")
    @Produces({MEDIA, MediaType.TEXT_HTML})
    public Response item(@PathParam("kind") String kind, @PathParam("id") long id) {
        for (CalendarSource source : sources) {
            if (source.kind().equals(kind)) {
                List<CalendarEvent> events = source.item(id);
                return file(events.isEmpty() ? kind : events.get(0).summary(), events, kind + "-" + id);
            }
        }
        throw DomainException.notFound("not-found.calendar");
    }

    private Response file(String name, List<CalendarEvent> events, String fileName) {
        return Response.ok(Ics.of(name, events, site.url("/"), clock.instant()), MEDIA)
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".ics\"")
                .build();
    }

    private static java.time.LocalDateTime when(CalendarEvent e) {
        return e.start() != null ? e.start() : e.day().atStartOfDay();
    }
}
