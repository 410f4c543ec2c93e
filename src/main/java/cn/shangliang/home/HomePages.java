package cn.shangliang.home;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
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
        static native TemplateInstance home(List<AttentionItem> items);
    }

    @Inject
    Instance<AttentionSource> sources;

    @GET
    public TemplateInstance home() {
        List<AttentionItem> items = new ArrayList<>();
        sources.forEach(s -> items.addAll(s.itemsForCurrentUser()));
        return Templates.home(items);
    }
}
