package cn.shangliang.notification;

import cn.shangliang.common.web.SafeRedirect;
import cn.shangliang.common.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The inbox page: newest first, a page at a time; opening or marking an entry is a plain form (no JavaScript). */
@Path("/inbox")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class InboxPages {

    @CheckedTemplate(basePath = "notification")
    static class Templates {
        static native TemplateInstance inbox(InboxService.InboxPage inbox);
    }

    @Inject
    InboxService inbox;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        return Templates.inbox(inbox.page(page, ui.lang()));
    }

    /** Marks the entry read and goes where it points (or back to the inbox). */
    @POST
    @Path("{id}/open")
    public Response open(@PathParam("id") long id) {
        InboxService.InboxItem item = inbox.markRead(id, ui.lang());
        return Response.seeOther(SafeRedirect.local(item.link(), "/inbox")).build();
    }

    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        inbox.markRead(id, ui.lang());
        return Response.seeOther(URI.create("/inbox")).build();
    }

    @POST
    @Path("read-all")
    public Response readAll() {
        inbox.markAllRead();
        return Response.seeOther(URI.create("/inbox")).build();
    }
}
