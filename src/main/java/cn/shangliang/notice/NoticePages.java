package cn.shangliang.notice;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.QueryString;
import cn.shangliang.community.Community;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The public notice board (公示栏) pages. */
@Path("/notices")
@Blocking
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class NoticePages {

    @CheckedTemplate(basePath = "notice")
    static class Templates {
        static native TemplateInstance list(List<NoticeBoard.NoticeItem> notices, NoticeCategory[] categories,
                                            List<CommunityOption> communities, NoticeBoard.Filter filter, String query,
                                            int page, boolean more);

        static native TemplateInstance show(NoticeBoard.NoticeView notice);
    }

    @Inject
    NoticeBoard board;

    /** A community to narrow the board to. */
    public record CommunityOption(long id, String name, boolean selected) {
    }

    /** The board, narrowed by a GET form (no script needed): category, community, words. */
    @GET
    public TemplateInstance list(@QueryParam("category") NoticeCategory category,
                                 @QueryParam("community") Long community,
                                 @QueryParam("q") String q,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        NoticeBoard.Filter filter = new NoticeBoard.Filter(category, community, q);
        List<NoticeBoard.NoticeItem> notices = board.items(filter, page);
        boolean more = notices.size() > NoticeBoard.PAGE_SIZE;
        List<CommunityOption> communities = Community.<Community>list("order by name").stream()
                .map(c -> new CommunityOption(c.id, c.name, c.id.equals(community))).toList();
        return Templates.list(more ? notices.subList(0, NoticeBoard.PAGE_SIZE) : notices, NoticeCategory.values(),
                communities, filter, query(filter), Math.max(page, 0), more);
    }

    /** The filter as the pager's query string, already escaped for a URL. */
    static String query(NoticeBoard.Filter f) {
        return new QueryString().add("category", f.category()).add("community", f.communityId()).add("q", f.q()).toString();
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        return Templates.show(board.view(id).orElseThrow(() -> DomainException.notFound("not-found.notice")));
    }
}
