package cn.shangliang.attachment;

import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.web.Created;
import cn.shangliang.common.web.DomainException;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Attachments (附件) for programs: the file is the raw request body (any content type: the type is decided by the
 * bytes), like the roster and Pabulib uploads. Files are fetched at {@code /attachments/{id}}.
 */
@Path("/api/attachments")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attachments")
public class AttachmentApi {

    @Inject
    AttachmentService service;

    @Inject
    AttachmentQueries queries;

    @GET
    @PermitAll
    @Operation(summary = "An item's attachments (as visible as the item itself)")
    public AttachmentQueries.AttachmentList list(@QueryParam("kind") String kind, @QueryParam("subjectId") long subjectId) {
        return queries.of(kind(kind), subjectId);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a photo (JPEG, PNG, WebP; re-encoded without EXIF) or a PDF to an item; 413 when too large")
    public Response upload(@QueryParam("kind") String kind, @QueryParam("subjectId") Long subjectId,
                           @QueryParam("caption") String caption, byte[] body) {
        return Created.at("/attachments/", service.upload(new AttachmentService.UploadForm(kind(kind), subjectId, caption), body));
    }

    private static ItemKind kind(String kind) {
        try {
            return ItemKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.badInput("attachment.subject");
        }
    }
}
