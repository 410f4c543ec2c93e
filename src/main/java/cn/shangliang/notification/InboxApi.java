package cn.shangliang.notification;

import cn.shangliang.common.web.Ui;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The caller's inbox as JSON: the same service as the page. */
@Path("/api/inbox")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class InboxApi {

    @Inject
    InboxService inbox;

    @Inject
    Ui ui;

    @GET
    @Operation(summary = "The caller's notifications, newest first, 20 a page, in the caller's language")
    public InboxService.InboxPage list(@QueryParam("page") @DefaultValue("0") int page) {
        return inbox.page(page, ui.lang());
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of the caller's notifications are unread")
    public Map<String, Long> unread() {
        return Map.of("unread", inbox.unread());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    public InboxService.InboxItem read(@PathParam("id") long id) {
        return inbox.markRead(id, ui.lang());
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all of the caller's notifications read")
    public Map<String, Integer> readAll() {
        return Map.of("marked", inbox.markAllRead());
    }
}
