package cn.shangliang.search;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search across the public record: the JSON twin of the search page. */
@Path("/api/search")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchApi {

    @Inject
    SearchQueries queries;

    @GET
    @PermitAll
    @Operation(summary = "Search proposals, resolutions, notices, hearings, budget projects and comments; grouped by kind")
    public SearchQueries.Results search(@QueryParam("q") String q, @QueryParam("kind") SearchKind kind,
                                        @QueryParam("page") @DefaultValue("0") int page) {
        return queries.search(q, kind, page);
    }
}
