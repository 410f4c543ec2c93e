package cn.shangliang.assembly;

import cn.shangliang.common.config.SiteConfig;
import cn.shangliang.notification.NotificationMessages;
import cn.shangliang.notification.NotificationTexts;
import cn.shangliang.common.export.Column;
import cn.shangliang.common.export.Downloads;
import cn.shangliang.common.export.Export;
import cn.shangliang.common.export.ExportFormat;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.Ui;
import cn.shangliang.community.Estate;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff pages for the notice of one owners' assembly decision: who it reached on which channel, who it did not,
 * the failures and their reasons (exportable), the printable A4 notices for those not reached, and the record
 * of each paper notice handed over or posted.
 */
@Path("/assembly/{id}/delivery")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN, Role.N_SUPERVISOR})
public class AssemblyDeliveryPages {

    static final int PAGE_SIZE = 50;

    public record ChannelRow(String label, long pending, long reached, long skipped, long failed) {
    }

    public record FailureRow(long ownerId, String name, String channel, String state, String reason) {
    }

    /** One printed notice: everything an owner needs to vote or to check the count, on one A4 page. */
    public record PrintedNotice(String ownerName, String units, String estate, String title, String body,
                                Instant opensAt, Instant closesAt, String voteUrl, String verificationUrl) {
    }

    @CheckedTemplate(basePath = "assembly")
    static class Templates {
        static native TemplateInstance delivery(AssemblyDeliveryService.Summary summary, List<ChannelRow> channels,
                                                List<AssemblyDeliveryService.OwnerLine> notReached, int page,
                                                boolean more, List<FailureRow> failures, FormState form);

        static native TemplateInstance paperNotices(long decisionId, List<PrintedNotice> notices, int page, boolean more);
    }

    @Inject
    AssemblyDeliveryService service;

    @Inject
    Downloads downloads;

    @Inject
    SiteConfig site;

    @Inject
    Ui ui;

    @Inject
    FormPipeline forms;

    @GET
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page) {
        return show(id, page, FormState.empty());
    }

    private TemplateInstance show(long id, int page, FormState form) {
        AssemblyDeliveryService.Summary summary = service.summary(id);
        String lang = ui.lang();
        List<ChannelRow> channels = summary.channels().stream().map(c -> new ChannelRow(
                NotificationTexts.text("channel." + c.channel(), lang), c.pending(), c.reached(), c.skipped(), c.failed())).toList();
        List<AssemblyDeliveryService.OwnerLine> all = service.notReached(id);
        int p = Math.max(0, page);
        List<AssemblyDeliveryService.OwnerLine> shown = slice(all, p);
        List<FailureRow> failures = service.failures(id).stream().limit(200).map(f -> failure(f, lang)).toList();
        return Templates.delivery(summary, channels, shown, p, (long) (p + 1) * PAGE_SIZE < all.size(), failures, form);
    }

    /** A4 notices of the owners not reached, {@value #PAGE_SIZE} a print run. */
    @GET
    @Path("print")
    public TemplateInstance print(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page) {
        List<AssemblyDeliveryService.OwnerLine> all = service.notReached(id);
        Decision d = Decision.findById(id);
        Estate estate = Estate.findById(d.estateId);
        int p = Math.max(0, page);
        List<PrintedNotice> notices = new ArrayList<>();
        for (AssemblyDeliveryService.OwnerLine o : slice(all, p)) {
            notices.add(new PrintedNotice(o.name(), o.units(), estate.name, d.title, d.body, d.opensAt, d.closesAt,
                    site.url("/assembly/" + id + "/vote"), site.url("/assembly/" + id + "/verification")));
        }
        return Templates.paperNotices(id, notices, p, (long) (p + 1) * PAGE_SIZE < all.size());
    }

    @POST
    @Path("paper")
    public Response recordPaper(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, PaperDeliveryForm.class, f -> {
            service.recordPaper(id, f.ownerId() == null ? -1 : f.ownerId(), f.method());
            return Response.seeOther(URI.create("/assembly/" + id + "/delivery")).build();
        }, state -> show(id, 0, state));
    }

    /** A paper notice handed over or posted to one owner, as the row's form sends it. */
    public record PaperDeliveryForm(Long ownerId, AssemblyDeliveryService.PaperMethod method) {
    }

    /** {@code ?list=not-reached} (default) or {@code failures}; XLSX by default, {@code ?format=csv}. */
    @GET
    @Path("export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.TEXT_HTML})
    public Response export(@PathParam("id") long id, @QueryParam("list") String list, @QueryParam("format") String format) {
        ExportFormat f = Downloads.format(format);
        String lang = ui.lang();
        NotificationMessages m = ui.bundle(NotificationMessages.class);
        if ("failures".equals(list)) {
            List<List<?>> rows = service.failures(id).stream().map(x -> failure(x, lang))
                    .<List<?>>map(x -> List.of(x.ownerId(), x.name(), x.channel(), x.state(), x.reason())).toList();
            return downloads.file(f, new Export("delivery-failures-" + id, m.delivery_failures(), List.of(
                    Column.id(m.delivery_owner_id()), Column.text(m.delivery_owner()), Column.text(m.delivery_channel()),
                    Column.text(m.delivery_state()), Column.text(m.delivery_reason())), Export.of(rows)));
        }
        List<List<?>> rows = service.notReached(id).stream()
                .<List<?>>map(o -> List.of(o.ownerId(), o.name(), o.units(), o.voterKey() == null ? "" : o.voterKey())).toList();
        return downloads.file(f, new Export("not-reached-" + id, m.delivery_not_reached(), List.of(
                Column.id(m.delivery_owner_id()), Column.text(m.delivery_owner()), Column.text(m.delivery_units()),
                Column.id(m.delivery_voter_key())), Export.of(rows)));
    }

    private static <T> List<T> slice(List<T> all, int page) {
        int from = Math.min(all.size(), page * PAGE_SIZE);
        return all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
    }

    private static FailureRow failure(AssemblyDeliveryService.Failure f, String lang) {
        return new FailureRow(f.ownerId(), f.name(), NotificationTexts.text("channel." + f.channel(), lang),
                NotificationTexts.text("state." + f.state(), lang), NotificationTexts.reason(f.reason(), lang));
    }
}
