package cn.shangliang.demo;

import cn.shangliang.common.config.SiteConfig;
import cn.shangliang.community.Subdistrict;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Loads the demo data when the run command starts on an empty database (never in production). */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    SiteConfig site;

    @Inject
    Event<DemoSeeded> seeded;

    @Inject
    DemoCommunity community;

    void onStart(@Observes StartupEvent event) {
        if (site.demoData()) {
            seedIfEmpty();
        }
    }

    @Transactional
    void seedIfEmpty() {
        if (Subdistrict.count() > 0) {
            return;
        }
        LOG.info("Empty database: loading demo data");
        community.seed();
        seeded.fire(new DemoSeeded());
    }
}
