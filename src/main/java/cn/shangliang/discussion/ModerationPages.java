package cn.shangliang.discussion;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.community.Community;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** Staff's discussion page of a community: comments waiting for review, blocked commenters, the name setting. */
@Path("/discussion/communities/{id}")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class ModerationPages {

    @CheckedTemplate(basePath = "discussion")
    static class Templates {
        static native TemplateInstance moderation(long communityId, String communityName,
                                                  List<ModerationQueries.Pending> pending,
                                                  List<ModerationQueries.Blocked> blocked,
                                                  DisplayName[] displayNames, DisplayName current, FormState form);
    }

    @Inject
    ModerationService service;

    @Inject
    ModerationQueries queries;

    @Inject
    FormPipeline forms;

    @GET
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("account") Long account) {
        return page(id, account == null ? FormState.empty() : FormState.of(Map.of("accountId", String.valueOf(account))));
    }

    private TemplateInstance page(long id, FormState form) {
        service.requireModerator(id);
        Community community = Community.findById(id);
        return Templates.moderation(id, community.name, queries.pending(id), queries.blocked(id), DisplayName.values(),
                DiscussionSetting.displayNameOf(id), form);
    }

    @POST
    @Path("blocks")
    public Response block(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, form, ModerationService.BlockForm.class, service::block);
    }

    @POST
    @Path("blocks/remove")
    public Response unblock(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, form, ModerationService.UnblockForm.class, service::unblock);
    }

    @POST
    @Path("setting")
    public Response setting(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, form, ModerationService.SettingForm.class, service::setting);
    }

    /** A form of the page for the community in its address: back to the page, or the page again as typed. */
    private <T> Response submit(long id, MultivaluedMap<String, String> form, Class<T> type, Consumer<T> action) {
        form.putSingle("communityId", String.valueOf(id));
        return forms.submit(form, type, f -> {
            action.accept(f);
            return see(id);
        }, state -> page(id, state));
    }

    private static Response see(long id) {
        return Response.seeOther(URI.create("/discussion/communities/" + id)).build();
    }
}
