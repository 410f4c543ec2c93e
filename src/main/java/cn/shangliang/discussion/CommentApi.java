package cn.shangliang.discussion;

import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.web.Created;
import cn.shangliang.common.web.DomainException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Comments (评论) and their moderation: the JSON twin of the thread component and the moderation page. Reading
 * is public, every change needs a login; a change with nothing to report answers 204.
 */
@Path("/api")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "discussion")
@Authenticated
public class CommentApi {

    @Inject
    CommentService service;

    @Inject
    ModerationService moderation;

    @Inject
    CommentQueries queries;

    public record ReportResult(int reports) {
    }

    @GET
    @Path("comments")
    @PermitAll
    @Operation(summary = "An item's discussion: comments with replies, official replies first, stance counts")
    public CommentViews.Thread thread(@QueryParam("kind") String kind, @QueryParam("subjectId") long subjectId) {
        return queries.thread(kind(kind), subjectId);
    }

    @POST
    @Path("comments")
    @Operation(summary = "Post a comment or a reply (residents, council members, staff; never an owner's card)")
    public Response post(CommentService.PostForm form) {
        return Created.at("/api/comments/", service.post(form));
    }

    @PUT
    @Path("comments/{id}")
    @Operation(summary = "Edit one's own comment within the edit window")
    public void edit(@PathParam("id") long id, CommentService.EditForm form) {
        service.edit(id, form);
    }

    @POST
    @Path("comments/{id}/withdraw")
    @Operation(summary = "Withdraw one's own comment (its place stays, marked withdrawn)")
    public void withdraw(@PathParam("id") long id) {
        service.withdraw(id);
    }

    @POST
    @Path("comments/{id}/report")
    @Operation(summary = "Report a comment once, with a reason; enough reports hide it pending review")
    public ReportResult report(@PathParam("id") long id, ModerationService.ReportForm form) {
        return new ReportResult(moderation.report(id, form));
    }

    @POST
    @Path("comments/{id}/hide")
    @Operation(summary = "Hide a comment with a reason shown in its place (staff)")
    public void hide(@PathParam("id") long id, ModerationService.ModerateForm form) {
        moderation.hide(id, form);
    }

    @POST
    @Path("comments/{id}/restore")
    @Operation(summary = "Restore a hidden comment (staff)")
    public void restore(@PathParam("id") long id, ModerationService.ModerateForm form) {
        moderation.restore(id, form);
    }

    @POST
    @Path("discussion/blocks")
    @Operation(summary = "Block an account from commenting in a community until a date (staff)")
    public void block(ModerationService.BlockForm form) {
        moderation.block(form);
    }

    @DELETE
    @Path("discussion/blocks")
    @Operation(summary = "Lift a block (staff)")
    public void unblock(@QueryParam("community") long community, @QueryParam("account") long account) {
        moderation.unblock(new ModerationService.UnblockForm(community, account));
    }

    @PUT
    @Path("discussion/settings")
    @Operation(summary = "Set how commenters' names are shown in a community (staff)")
    public void setting(ModerationService.SettingForm form) {
        moderation.setting(form);
    }

    private static ItemKind kind(String kind) {
        try {
            return ItemKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.badInput("comment.kind", String.valueOf(kind));
        }
    }
}
