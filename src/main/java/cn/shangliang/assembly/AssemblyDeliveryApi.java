package cn.shangliang.assembly;

import cn.shangliang.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Delivery of an assembly decision's notice as JSON, for staff: the same service as the page. */
@Path("/api/assembly/{id}/delivery")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN, Role.N_SUPERVISOR})
@Tag(name = "Notifications")
public class AssemblyDeliveryApi {

    @Inject
    AssemblyDeliveryService service;

    @GET
    @Operation(summary = "How many owners the notice reached, by channel and state; paper records; how many not reached")
    public AssemblyDeliveryService.Summary summary(@PathParam("id") long id) {
        return service.summary(id);
    }

    @GET
    @Path("not-reached")
    @Operation(summary = "Owners the notice reached on no electronic channel and with no delivery record")
    public List<AssemblyDeliveryService.OwnerLine> notReached(@PathParam("id") long id) {
        return service.notReached(id);
    }

    @GET
    @Path("failures")
    @Operation(summary = "Deliveries of the notice that failed or were not sent, with the reason")
    public List<AssemblyDeliveryService.Failure> failures(@PathParam("id") long id) {
        return service.failures(id);
    }
}
