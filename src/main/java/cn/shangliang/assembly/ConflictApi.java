package cn.shangliang.assembly;

import cn.shangliang.assembly.ConflictService.Conflicts;
import cn.shangliang.assembly.ConflictService.ResolutionView;
import cn.shangliang.assembly.ConflictService.ResolveRequest;
import cn.shangliang.assembly.VoterNames.VoterName;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Staff: a decision's conflicts and their resolution, and finding a voter by flat or name (never by internal number). */
@Path("/api/assembly")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assembly")
public class ConflictApi {

    @Inject
    ConflictService conflicts;

    @Inject
    DecisionService decisions;

    @Inject
    VoterNames names;

    @GET
    @Path("decisions/{id}/conflicts")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Open conflicts (which records of a voter disagree, never the choices) and the resolutions made")
    public Conflicts list(@PathParam("id") long id) {
        return conflicts.list(id);
    }

    @POST
    @Path("decisions/{id}/conflicts/resolve")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Name the record of a voter's conflict that stands, with a reason (before or after the close; recount after)")
    public ResolutionView resolve(@PathParam("id") long id, ResolveRequest r) {
        return conflicts.resolve(id, r);
    }

    @GET
    @Path("decisions/{id}/voters")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Voters of the decision's roster whose flat or owner's name contains q (at most 20), for paper and proxy entry")
    public List<VoterName> find(@PathParam("id") long id, @QueryParam("q") String q) {
        return names.search(decisions.requireStaff(id).id, q);
    }
}
