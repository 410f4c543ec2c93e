package cn.shangliang.council;

import cn.shangliang.common.security.Actor;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.PageForms;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.function.Consumer;

/** Follow-up pages: assignment (from the meeting page), the follow-up with its steps, and rating. */
@Path("/")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class FollowUpPages {

    @CheckedTemplate(basePath = "council")
    static class Templates {
        static native TemplateInstance follow_up(FollowUpViews.FollowUpView f, Can can, FollowUpRating[] ratings,
                                                 PageForms forms);
    }

    /**
     * What the visitor may do on the follow-up page: the permission, then the workflow table decides which
     * forms apply (work on it while open; close or send back once reported).
     */
    public record Can(boolean update, boolean work, boolean review) {

        static Can of(boolean update, FollowUpStatus status) {
            FollowUpStatus from = status == FollowUpStatus.ASSIGNED ? FollowUpStatus.IN_PROGRESS : status;
            return new Can(update, update && FollowUpWorkflow.TRANSITIONS.allows(from, FollowUpStatus.REPORTED),
                    update && FollowUpWorkflow.TRANSITIONS.allows(status, FollowUpStatus.CLOSED));
        }
    }

    @Inject
    FollowUpService service;

    @Inject
    FollowUpViews views;

    @Inject
    CouncilActors actors;

    @Inject
    FormPipeline forms;

    @Inject
    MeetingPages meetings;

    @POST
    @Path("resolutions/{id}/follow-up")
    public Response assign(@PathParam("id") long resolutionId, MultivaluedMap<String, String> form) {
        return forms.submit(form, FollowUpService.Assignment.class,
                a -> back(service.assign(resolutionId, a.responsible(), a.dueDate())),
                state -> meetings.show(meetingOf(resolutionId), new PageForms("assign" + resolutionId, state)));
    }

    /** The meeting page a resolution's assignment form stands on. */
    private static long meetingOf(long resolutionId) {
        Resolution r = Resolution.findById(resolutionId);
        if (r == null) {
            throw DomainException.notFound("not-found.resolution");
        }
        return r.meetingId;
    }

    @GET
    @Path("follow-ups/{id}")
    @PermitAll
    public TemplateInstance show(@PathParam("id") long id) {
        return show(id, PageForms.fresh());
    }

    private TemplateInstance show(long id, PageForms forms) {
        FollowUpViews.FollowUpView f = views.view(id);
        Actor actor = actors.actor(FollowUpService.communityOf(f.councilId()));
        return Templates.follow_up(f, Can.of(CouncilPermissions.allows(actor, CouncilAction.UPDATE_FOLLOW_UP), f.status()),
                FollowUpRating.values(), forms);
    }

    @POST
    @Path("follow-ups/{id}/progress")
    public Response progress(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "progress", form, FollowUpService.Text.class, t -> service.progress(id, t.text()));
    }

    @POST
    @Path("follow-ups/{id}/report")
    public Response report(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "report", form, FollowUpService.Text.class, t -> service.report(id, t.text()));
    }

    @POST
    @Path("follow-ups/{id}/close")
    public Response close(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "close", form, FollowUpService.Text.class, t -> service.close(id, t.text()));
    }

    @POST
    @Path("follow-ups/{id}/reopen")
    public Response reopen(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "reopen", form, FollowUpService.Text.class, t -> service.reopen(id, t.text()));
    }

    @POST
    @Path("follow-ups/{id}/rating")
    public Response rate(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "rating", form, FollowUpService.Rating.class, r -> service.rate(id, r.rating(), r.comment()));
    }

    /** A form of the follow-up page named {@code name}: back to the page, or the page again with it refused. */
    private <T> Response submit(long id, String name, MultivaluedMap<String, String> form, Class<T> type, Consumer<T> use) {
        return forms.submit("/follow-ups/" + id, name, form, type, use, f -> show(id, f));
    }

    private static Response back(long id) {
        return CouncilPages.see("/follow-ups/" + id);
    }
}
