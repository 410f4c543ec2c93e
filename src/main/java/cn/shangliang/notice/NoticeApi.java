package cn.shangliang.notice;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.notice.NoticeBoard.NoticeView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The public notice board as JSON: open to everyone, like the board on the wall. */
@Path("/api/notices")
@Blocking
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notices")
public class NoticeApi {

    @Inject
    NoticeBoard board;

    @GET
    @Operation(summary = "Notices newest first, 20 a page: by category, by community (its estates included), by words in title or body")
    public List<NoticeView> list(@QueryParam("category") NoticeCategory category,
                                 @QueryParam("community") Long community,
                                 @QueryParam("q") String q,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        return board.page(new NoticeBoard.Filter(category, community, q), page).stream().map(NoticeView::of).toList();
    }

    @GET
    @Path("{id}")
    public NoticeView get(@PathParam("id") long id) {
        return board.view(id).orElseThrow(() -> DomainException.notFound("not-found.notice"));
    }
}
