package cn.shangliang.notice;

import cn.shangliang.common.web.DomainException;
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
        static native TemplateInstance list(List<NoticeBoard.NoticeItem> notices, NoticeCategory[] categories, NoticeCategory category,
                                           int page, boolean more);

        static native TemplateInstance show(Notice notice);
    }

    @Inject
    NoticeBoard board;

    @GET
    public TemplateInstance list(@QueryParam("category") NoticeCategory category,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        List<NoticeBoard.NoticeItem> notices = board.items(category, page);
        boolean more = notices.size() > NoticeBoard.PAGE_SIZE;
        return Templates.list(more ? notices.subList(0, NoticeBoard.PAGE_SIZE) : notices, NoticeCategory.values(), category,
                Math.max(page, 0), more);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        return Templates.show(board.find(id).orElseThrow(() -> DomainException.notFound("not-found.notice")));
    }
}
