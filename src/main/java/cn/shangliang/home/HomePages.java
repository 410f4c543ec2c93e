package cn.shangliang.home;

import cn.shangliang.common.i18n.AppMessages;
import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/** The home page: a welcome for visitors, and for each logged-in user what needs their attention. */
@Path("/")
@Blocking
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance home(List<AttentionItem> items, List<SubdistrictOverview.Block> overview);
    }

    @Inject
    Instance<AttentionSource> sources;

    @Inject
    SubdistrictOverview overview;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance home() {
        List<AttentionItem> items = new ArrayList<>();
        List<SubdistrictOverview.Block> blocks = overview.forCurrentUser();
        items.addAll(attention(blocks));
        sources.forEach(s -> items.addAll(s.itemsForCurrentUser()));
        return Templates.home(items, blocks);
    }

    /** A subdistrict admin's to-do list: each community with overdue follow-ups or without a council (issue 19). */
    private List<AttentionItem> attention(List<SubdistrictOverview.Block> blocks) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        AppMessages text = ui.bundle(AppMessages.class);
        List<AttentionItem> items = new ArrayList<>();
        for (SubdistrictOverview.Block block : blocks) {
            for (SubdistrictOverview.CommunityLine line : block.communities()) {
                if (line.overdueFollowUps() > 0) {
                    items.add(new AttentionItem(text.overview_attention_overdue(line.name(), line.overdueFollowUps()),
                            "/councils/" + line.councilId(), true));
                }
                if (line.noCouncil()) {
                    items.add(new AttentionItem(text.overview_attention_no_council(line.name()),
                            "/community/" + line.communityId(), false));
                }
            }
        }
        return items;
    }
}
