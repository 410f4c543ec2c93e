package cn.shangliang.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The results of the header's search box, grouped by kind; one kind a page at a time when chosen. */
@Path("/search")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    @CheckedTemplate(basePath = "search")
    static class Templates {
        static native TemplateInstance results(SearchQueries.Results results, SearchKind[] kinds, String encoded,
                                              String pagerQuery);
    }

    @Inject
    SearchQueries queries;

    @GET
    @PermitAll
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("kind") SearchKind kind,
                                   @QueryParam("page") @DefaultValue("0") int page) {
        SearchQueries.Results results = queries.search(q, kind, page);
        String encoded = URLEncoder.encode(results.query(), StandardCharsets.UTF_8);
        // already URL-encoded; the template escapes it for the attribute
        String pagerQuery = "&q=" + encoded + (results.kind() == null ? "" : "&kind=" + results.kind());
        return Templates.results(results, SearchKind.values(), encoded, pagerQuery);
    }
}
