package cn.shangliang.notification;

import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.List;

/**
 * Staff page: a community's notifications per kind per day over 30 days, this month's text messages, and the
 * outbox (the latest deliveries beyond the inbox, with their texts and outcomes).
 */
@Path("/notifications/staff/{communityId}")
@Blocking
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN, Role.N_SUPERVISOR})
public class NotificationStatsPages {

    static final int OUTBOX_ROWS = 50;

    public record Row(String day, String kind, long notifications, long reached, long failed, long skipped) {
    }

    @CheckedTemplate(basePath = "notification")
    static class Templates {
        static native TemplateInstance stats(long communityId, List<Row> rows, NotificationStatsService.SmsSpend sms,
                                             String spentYuan, String capYuan,
                                             List<NotificationStatsService.OutboxRow> outbox);
    }

    @Inject
    NotificationStatsService stats;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance show(@PathParam("communityId") long communityId) {
        String lang = ui.lang();
        List<Row> rows = stats.perKindPerDay(communityId, 30).stream().map(r -> new Row(r.day(),
                NotificationTexts.text("label." + r.kind(), lang), r.notifications(), r.reached(), r.failed(), r.skipped())).toList();
        NotificationStatsService.SmsSpend sms = stats.smsThisMonth(communityId);
        return Templates.stats(communityId, rows, sms, BigDecimal.valueOf(sms.costFen(), 2).toPlainString(),
                BigDecimal.valueOf(sms.capFen(), 2).toPlainString(), stats.outbox(communityId, OUTBOX_ROWS, lang));
    }
}
