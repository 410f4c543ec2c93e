package cn.shangliang.assembly;

import cn.shangliang.assembly.BallotInspectionService.Disclosure;
import cn.shangliang.assembly.BallotInspectionService.InspectionRequest;
import cn.shangliang.assembly.BallotInspectionService.InspectionView;
import cn.shangliang.assembly.BallotInspectionService.RefusalRequest;
import cn.shangliang.common.security.Role;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** 查阅表决票 as JSON: request, approve or refuse, read the named ballots (ballot-privacy.md, "Inspection"). */
@Path("/api/assembly")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assembly")
public class BallotInspectionApi {

    @Inject
    BallotInspectionService inspections;

    @GET
    @Path("decisions/{id}/inspections")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUPERVISOR, Role.N_SUBDISTRICT_ADMIN})
    @Operation(summary = "Inspections of named ballots of a decision: basis, reason, scope, who asked and approved; never a choice")
    public List<InspectionView> list(@PathParam("id") long id) {
        return inspections.list(id);
    }

    @POST
    @Path("decisions/{id}/inspections")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Request an inspection of named ballots of a closed decision, with its legal basis and reason")
    public Response request(@PathParam("id") long id, InspectionRequest r) {
        InspectionView view = inspections.request(id, r);
        return Response.created(URI.create("/api/assembly/decisions/" + id + "/inspections/" + view.id())).entity(view).build();
    }

    @GET
    @Path("decisions/{id}/inspections/{inspection}")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUPERVISOR, Role.N_SUBDISTRICT_ADMIN})
    public InspectionView get(@PathParam("id") long id, @PathParam("inspection") long inspection) {
        return inspections.get(id, inspection);
    }

    @POST
    @Path("decisions/{id}/inspections/{inspection}/approve")
    @RolesAllowed(Role.N_SUPERVISOR)
    @Operation(summary = "Approve an inspection (another account than the requester): published on the notice board, owners concerned are told")
    public InspectionView approve(@PathParam("id") long id, @PathParam("inspection") long inspection) {
        return inspections.approve(id, inspection);
    }

    @POST
    @Path("decisions/{id}/inspections/{inspection}/refuse")
    @RolesAllowed(Role.N_SUPERVISOR)
    public InspectionView refuse(@PathParam("id") long id, @PathParam("inspection") long inspection, RefusalRequest r) {
        return inspections.refuse(id, inspection, r);
    }

    @GET
    @Path("decisions/{id}/inspections/{inspection}/ballots")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUPERVISOR})
    @Operation(summary = "The named ballots of an approved inspection, for its requester and approver only; each reading is audited")
    public Disclosure ballots(@PathParam("id") long id, @PathParam("inspection") long inspection) {
        return inspections.disclose(id, inspection);
    }
}
