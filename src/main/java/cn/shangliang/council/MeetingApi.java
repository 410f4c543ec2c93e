package cn.shangliang.council;

import cn.shangliang.common.web.Created;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** A meeting from agenda to minutes: the JSON twin of the meeting pages. */
@Path("/api/meetings/{id}")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meetings")
@Authenticated
public class MeetingApi {

    @Inject
    MeetingService service;

    @Inject
    MeetingFloor floor;

    @Inject
    MeetingViews views;

    @Inject
    MinutesService minutes;

    @Inject
    MeetingDrafts drafts;

    public record MinutesView(MeetingStatus status, boolean confirmed, Instant publishedAt, String text) {
    }

    @GET
    @PermitAll
    @Operation(summary = "The meeting: agenda, attendance, live quorum, record per item")
    public MeetingViews.MeetingView get(@PathParam("id") long id) {
        return views.view(id);
    }

    @PUT
    @Operation(summary = "Edit a draft meeting's kind, title, date, time, place and participants (issue 19)")
    public MeetingViews.MeetingView edit(@PathParam("id") long id, MeetingDrafts.DraftForm form) {
        drafts.edit(id, form);
        return views.view(id);
    }

    @POST
    @Path("items")
    @Operation(summary = "Add an agenda item: an accepted proposal or another matter (draft only)")
    public Response addItem(@PathParam("id") long id, MeetingService.ItemForm form) {
        return Created.at("/api/meetings/" + id + "/items/", service.addItem(id, form));
    }

    @DELETE
    @Path("items/{itemId}")
    @Operation(summary = "Remove an agenda item (draft only); its proposal goes back to be scheduled")
    public void removeItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        service.removeItem(id, itemId);
    }

    @POST
    @Path("publish")
    @Operation(summary = "Publish the agenda to members and the notice board (the notice period is checked)")
    public void publish(@PathParam("id") long id) {
        service.publishAgenda(id);
    }

    @POST
    @Path("withdraw")
    @Operation(summary = "Withdraw a published agenda to amend it")
    public void withdraw(@PathParam("id") long id, MeetingService.Reason reason) {
        service.withdrawAgenda(id, MeetingService.Reason.of(reason));
    }

    @POST
    @Path("cancel")
    @Operation(summary = "Cancel the meeting, with a reason")
    public void cancel(@PathParam("id") long id, MeetingService.Reason reason) {
        service.cancel(id, MeetingService.Reason.of(reason));
    }

    @POST
    @Path("open")
    @Operation(summary = "Open the meeting and its check-in (on the meeting day)")
    public void open(@PathParam("id") long id) {
        service.open(id);
    }

    @POST
    @Path("close")
    @Operation(summary = "Close the meeting; items not voted on go back to be scheduled")
    public void close(@PathParam("id") long id) {
        service.close(id);
    }

    @POST
    @Path("attendance")
    @Operation(summary = "Record a member or invited participant as present (chair or staff)")
    public Response attendance(@PathParam("id") long id, MeetingFloor.Attendee attendee) {
        return Created.at("/api/meetings/" + id + "/attendance/", floor.checkIn(id, attendee));
    }

    @POST
    @Path("check-in")
    @Operation(summary = "A member checks in with the meeting's code")
    public Response checkIn(@PathParam("id") long id, MeetingFloor.CheckIn request) {
        return Created.at("/api/meetings/" + id + "/attendance/", floor.selfCheckIn(id, request == null ? null : request.code()));
    }

    @PUT
    @Path("items/{itemId}/deliberation")
    @Operation(summary = "Record who spoke and the summary of views on an item")
    public void deliberation(@PathParam("id") long id, @PathParam("itemId") long itemId, MeetingFloor.Deliberation d) {
        floor.recordDeliberation(id, itemId, d);
    }

    @POST
    @Path("items/{itemId}/resolution")
    @Operation(summary = "Record the vote on an item's resolution (needs quorum)")
    public Response vote(@PathParam("id") long id, @PathParam("itemId") long itemId, MeetingFloor.VoteForm form) {
        return Created.at("/api/resolutions/", floor.vote(id, itemId, form));
    }

    @GET
    @Path("minutes")
    @PermitAll
    @Operation(summary = "The minutes: the confirmed text, or the draft generated from the record")
    public MinutesView minutes(@PathParam("id") long id) {
        MeetingViews.MeetingView m = views.view(id);
        return new MinutesView(m.status(), m.minutesConfirmedAt() != null, m.minutesPublishedAt(), minutes.text(id));
    }

    @POST
    @Path("minutes/confirm")
    @Operation(summary = "The chair confirms the minutes, which freezes their text")
    public void confirm(@PathParam("id") long id) {
        minutes.confirm(id);
    }

    @POST
    @Path("minutes/publish")
    @Operation(summary = "Publish the confirmed minutes to the notice board")
    public void publishMinutes(@PathParam("id") long id) {
        minutes.publish(id);
    }
}
