package cn.shangliang.council;

import cn.shangliang.common.security.Actor;
import cn.shangliang.common.web.FormInput;

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
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** Follow-up pages: assignment (from the meeting page), the follow-up with its steps, and rating. */
@Path("/")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class FollowUpPages {

    @CheckedTemplate(basePath = "council")
    static class Templates {
        static native TemplateInstance follow_up(FollowUpViews.FollowUpView f, Can can, FollowUpRating[] ratings);
    }

    public record Can(boolean update) {
    }

    @Inject
    FollowUpService service;

    @Inject
    FollowUpViews views;

    @Inject
    CouncilActors actors;

    @POST
    @Path("resolutions/{id}/follow-up")
    @Authenticated
    public Response assign(@PathParam("id") long resolutionId, @RestForm String responsible, @RestForm String dueDate) {
        long id = service.assign(resolutionId, responsible, FormInput.date(dueDate, "dueDate"));
        return back(id);
    }

    @GET
    @Path("follow-ups/{id}")
    @PermitAll
    public TemplateInstance show(@PathParam("id") long id) {
        FollowUpViews.FollowUpView f = views.view(id);
        Actor actor = actors.actor(FollowUpService.communityOf(f.councilId()));
        return Templates.follow_up(f, new Can(CouncilPermissions.allows(actor, CouncilAction.UPDATE_FOLLOW_UP)),
                FollowUpRating.values());
    }

    @POST
    @Path("follow-ups/{id}/progress")
    @Authenticated
    public Response progress(@PathParam("id") long id, @RestForm String text) {
        service.progress(id, text);
        return back(id);
    }

    @POST
    @Path("follow-ups/{id}/report")
    @Authenticated
    public Response report(@PathParam("id") long id, @RestForm String text) {
        service.report(id, text);
        return back(id);
    }

    @POST
    @Path("follow-ups/{id}/close")
    @Authenticated
    public Response close(@PathParam("id") long id, @RestForm String text) {
        service.close(id, text);
        return back(id);
    }

    @POST
    @Path("follow-ups/{id}/reopen")
    @Authenticated
    public Response reopen(@PathParam("id") long id, @RestForm String text) {
        service.reopen(id, text);
        return back(id);
    }

    @POST
    @Path("follow-ups/{id}/rating")
    @Authenticated
    public Response rate(@PathParam("id") long id, @RestForm String rating, @RestForm String comment) {
        service.rate(id, FormInput.choice(FollowUpRating.class, rating, "rating"), comment);
        return back(id);
    }

    private static Response back(long id) {
        return CouncilPages.see("/follow-ups/" + id);
    }
}
