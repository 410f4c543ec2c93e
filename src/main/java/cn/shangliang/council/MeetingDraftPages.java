package cn.shangliang.council;

import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
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

/** Editing a draft meeting's date, time, place and title (issue 19), on the form pipeline. */
@Path("/meetings/{id}/edit")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MeetingDraftPages {

    @CheckedTemplate(basePath = "council")
    static class Templates {
        static native TemplateInstance edit(MeetingViews.MeetingView m, MeetingKind[] kinds, FormState form);
    }

    @Inject
    MeetingDrafts drafts;

    @Inject
    MeetingViews views;

    @Inject
    MeetingService meetings;

    @Inject
    FormPipeline forms;

    @GET
    public TemplateInstance form(@PathParam("id") long id) {
        MeetingViews.MeetingView m = views.view(id);
        drafts.requireEditable(id);
        return Templates.edit(m, MeetingKind.values(), FormState.of(drafts.values(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, MeetingDrafts.DraftForm.class, f -> {
            drafts.edit(id, f);
            return CouncilPages.see("/meetings/" + id);
        }, state -> Templates.edit(views.view(id), MeetingKind.values(), state));
    }
}
