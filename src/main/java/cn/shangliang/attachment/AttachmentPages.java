package cn.shangliang.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;

import cn.shangliang.common.item.Item;
import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.item.Items;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Uploading (a plain multipart form with a file input: no script, and a phone offers its camera) and serving
 * attachments. The multipart form carries the CSRF token like every other page form.
 */
@Path("/attachments")
@Blocking
public class AttachmentPages {

    @CheckedTemplate(basePath = "attachment")
    static class Templates {
        static native TemplateInstance form(Item item, long maxMb, FormState form);
    }

    @Inject
    AttachmentService service;

    @Inject
    AttachmentQueries queries;

    @Inject
    AttachmentConfig config;

    @Inject
    Items items;

    @Inject
    FormPipeline forms;

    @GET
    @Path("new")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@QueryParam("kind") String kind, @QueryParam("subjectId") long subjectId) {
        return form(FormState.of(Map.of("kind", String.valueOf(kind), "subjectId", String.valueOf(subjectId))));
    }

    private TemplateInstance form(FormState state) {
        try {
            Item item = items.visible(ItemKind.valueOf(state.value("kind")), Long.parseLong(state.value("subjectId")));
            return Templates.form(item, config.maxBytes() / (1024 * 1024), state);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("not-found.item");
        }
    }

    @POST
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm String kind, @RestForm String subjectId, @RestForm String caption,
                           @RestForm("file") FileUpload file) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        fields.putSingle("kind", kind);
        fields.putSingle("subjectId", subjectId);
        fields.putSingle("caption", caption);
        try {
            return forms.submit(fields, AttachmentService.UploadForm.class, f -> {
                if (file == null || file.size() == 0) {
                    throw DomainException.badInput("attachment.empty");
                }
                if (file.size() > config.maxBytes()) {
                    throw AttachmentService.tooLarge(config.maxBytes());
                }
                long id = service.upload(f, read(file));
                Item item = items.visible(f.kind(), f.subjectId());
                return Response.seeOther(URI.create(item.link() + "#attachment-" + id)).build();
            }, this::form);
        } catch (DomainException e) {
            if (e.status() != 413) {
                throw e;
            }
            FormState state = new FormState(Map.of("kind", String.valueOf(kind), "subjectId", String.valueOf(subjectId),
                    "caption", caption == null ? "" : caption), Map.of("file", forms.text("attachment.too-large")
                    .replace("{0}", String.valueOf(config.maxBytes() / (1024 * 1024)))), java.util.List.of());
            return Response.status(413).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(form(state)).build();
        }
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Response file(@PathParam("id") long id) {
        return serve(queries.file(id, false), false);
    }

    @GET
    @Path("{id}/thumb")
    @PermitAll
    public Response thumb(@PathParam("id") long id) {
        return serve(queries.file(id, true), true);
    }

    /** Images inline, PDFs only as downloads (a PDF shown in the page's origin could run its scripts there). */
    static Response serve(AttachmentQueries.File file, boolean thumb) {
        Attachment a = file.attachment();
        boolean pdf = FileContent.PDF.equals(a.mediaType);
        String extension = pdf ? "pdf" : a.mediaType.equals("image/png") ? "png" : "jpg";
        String name = "attachment-" + a.id + (thumb ? "-thumb" : "") + "." + extension;
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", (pdf ? "attachment" : "inline") + "; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=300")
                .header("ETag", "\"" + (thumb ? a.thumbHash : a.contentHash) + "\"")
                .build();
    }
}
