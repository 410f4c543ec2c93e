package cn.shangliang.discussion;

import java.net.URI;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import cn.shangliang.common.item.Item;
import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.item.Items;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
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

/**
 * The comment forms. The thread itself is drawn inside each item's page by the {@code tags/comments} tag; these
 * pages are where its forms post, and where a form with a mistake comes back as typed (status 400).
 */
@Path("/comments")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class CommentPages {

    @CheckedTemplate(basePath = "discussion")
    static class Templates {
        static native TemplateInstance form(Item item, boolean stances, boolean canOfficial, Stance[] choices, FormState form);

        static native TemplateInstance edit(long id, Item item, FormState form);

        static native TemplateInstance act(String action, long id, Item item, ReportReason[] reasons, FormState form);
    }

    @Inject
    CommentService service;

    @Inject
    ModerationService moderation;

    @Inject
    CommentQueries queries;

    @Inject
    Items items;

    @Inject
    FormPipeline forms;

    /** The comment form on a page of its own: a reply without JavaScript, and where a refused post comes back. */
    @GET
    @Path("new")
    public TemplateInstance form(@QueryParam("kind") String kind, @QueryParam("subjectId") long subjectId,
                                 @QueryParam("parentId") Long parentId) {
        return form(FormState.of(parentId == null ? Map.of("kind", kind, "subjectId", String.valueOf(subjectId))
                : Map.of("kind", kind, "subjectId", String.valueOf(subjectId), "parentId", String.valueOf(parentId))));
    }

    private TemplateInstance form(FormState state) {
        Item item = item(state.value("kind"), state.value("subjectId"));
        CommentViews.Thread thread = queries.thread(item.kind(), item.id());
        return Templates.form(item, thread.stances() && state.value("parentId").isEmpty(), thread.canOfficial(),
                Stance.values(), state);
    }

    @POST
    public Response post(MultivaluedMap<String, String> form) {
        return forms.submit(form, CommentService.PostForm.class, f -> {
            long id = service.post(f);
            return back(items.visible(f.kind(), f.subjectId()), id);
        }, this::form);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Comment c = comment(id);
        return Templates.edit(id, items.visible(c.subjectKind, c.subjectId), FormState.of(Map.of("body", c.body)));
    }

    @POST
    @Path("{id}/edit")
    public Response edit(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, form, CommentService.EditForm.class, service::edit,
                (item, state) -> Templates.edit(id, item, state));
    }

    @POST
    @Path("{id}/withdraw")
    public Response withdraw(@PathParam("id") long id) {
        Item item = itemOf(id);
        service.withdraw(id);
        return back(item, id);
    }

    @POST
    @Path("{id}/report")
    public Response report(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, form, ModerationService.ReportForm.class, moderation::report, act("report", id));
    }

    @POST
    @Path("{id}/hide")
    public Response hide(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, form, ModerationService.ModerateForm.class, moderation::hide, act("hide", id));
    }

    @POST
    @Path("{id}/restore")
    public Response restore(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, form, ModerationService.ModerateForm.class, moderation::restore, act("restore", id));
    }

    /** A form about one comment through the pipeline: back to the comment on its item's page, or the form as typed. */
    private <T> Response submit(long id, MultivaluedMap<String, String> form, Class<T> type, BiConsumer<Long, T> action,
                                BiFunction<Item, FormState, TemplateInstance> page) {
        Item item = itemOf(id);
        return forms.submit(form, type, f -> {
            action.accept(id, f);
            return back(item, id);
        }, state -> page.apply(item, state));
    }

    private static BiFunction<Item, FormState, TemplateInstance> act(String action, long id) {
        return (item, state) -> Templates.act(action, id, item, ReportReason.values(), state);
    }

    /** A comment's place on its item's page (links from the moderation page). */
    @GET
    @Path("{id}/go")
    @PermitAll
    public Response go(@PathParam("id") long id) {
        return back(itemOf(id), id);
    }

    private Item item(String kind, String subjectId) {
        try {
            return items.visible(ItemKind.valueOf(kind), Long.parseLong(subjectId));
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("not-found.item");
        }
    }

    private Item itemOf(long commentId) {
        Comment c = comment(commentId);
        return items.visible(c.subjectKind, c.subjectId);
    }

    private static Comment comment(long id) {
        Comment c = Comment.findById(id);
        if (c == null) {
            throw DomainException.notFound("not-found.comment");
        }
        return c;
    }

    static Response back(Item item, long commentId) {
        return Response.seeOther(URI.create(item.link() + "#comment-" + commentId)).build();
    }
}
