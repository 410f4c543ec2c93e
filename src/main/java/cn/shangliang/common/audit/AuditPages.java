package cn.shangliang.common.audit;

import cn.shangliang.common.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit page: chain verification for staff; for supervisors and administrators also the entries, newest
 * first, a page at a time, narrowed by the area of the action (its first word, e.g. "assembly"), by who acted
 * and by a word in the action, the record or the summary.
 */
@Path("/audit")
@Blocking
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.N_SUPERVISOR, Role.N_SUBDISTRICT_ADMIN, Role.N_COMMUNITY_STAFF})
public class AuditPages {

    @CheckedTemplate(basePath = "audit")
    static class Templates {
        static native TemplateInstance verify(AuditVerifier.AuditVerification result, List<AuditCells.Row> entries,
                                              Filter filter, List<AuditCells.Area> areas, int page, boolean more, String query);
    }

    static final int PAGE_SIZE = 50;

    /** What the visitor narrowed the list by; blanks mean no narrowing. */
    public record Filter(String area, String actor, String q) {
        static Filter of(String area, String actor, String q) {
            return new Filter(clean(area), clean(actor), clean(q));
        }

        private static String clean(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** The filter as a query string tail for the pager ("&area=…"). */
        String query() {
            return new cn.shangliang.common.web.QueryString().add("area", area).add("actor", actor).add("q", q).toString();
        }
    }

    @Inject
    AuditVerifier verifier;

    @Inject
    SecurityIdentity identity;

    @Inject
    cn.shangliang.common.export.Downloads downloads;

    @Inject
    cn.shangliang.common.web.Ui ui;

    @Inject
    AuditLog audit;

    @Inject
    cn.shangliang.common.security.Caller caller;

    @Inject
    AccountNames accountNames;

    @GET
    public TemplateInstance verify(@QueryParam("page") int page, @QueryParam("area") String area,
                                   @QueryParam("actor") String actor, @QueryParam("q") String q) {
        boolean oversees = identity.hasRole(Role.N_SUPERVISOR) || identity.hasRole(Role.N_SUBDISTRICT_ADMIN);
        Filter filter = Filter.of(area, actor, q);
        int current = Math.max(0, page);
        List<AuditEntry> entries = List.of();
        List<String> areas = List.of();
        boolean more = false;
        if (oversees) {
            StringBuilder where = new StringBuilder("1 = 1");
            List<Object> params = new ArrayList<>();
            if (filter.area() != null) {
                params.add(filter.area() + ".%");
                where.append(" and action like ?").append(params.size());
            }
            if (filter.actor() != null) {
                params.add(filter.actor());
                where.append(" and actor = ?").append(params.size());
            }
            if (filter.q() != null) {
                params.add("%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                int n = params.size();
                where.append(" and (summary like ?").append(n).append(" or action like ?").append(n)
                        .append(" or entityType like ?").append(n).append(" or entityId like ?").append(n).append(")");
            }
            // one row more than a page tells whether a next page exists without counting the whole table
            List<AuditEntry> rows = AuditEntry.<AuditEntry>find(where + " order by id desc", params.toArray())
                    .range(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE).list();
            more = rows.size() > PAGE_SIZE;
            entries = more ? rows.subList(0, PAGE_SIZE) : rows;
            areas = AuditEntry.getEntityManager()
                    .createQuery("select distinct substring(action, 1, locate('.', action) - 1) from AuditEntry"
                            + " where locate('.', action) > 1 order by 1", String.class)
                    .getResultList();
        }
        return Templates.verify(verifier.verify(), AuditCells.rows(entries, accountNames, ui.lang()), filter,
                AuditCells.areas(areas, filter.area(), ui.lang()), current, more, filter.query());
    }

    /** The whole log as one file, oldest first, for those who oversee (the same readers as the newest entries above). */
    @GET
    @Path("export")
    @RolesAllowed({Role.N_SUPERVISOR, Role.N_SUBDISTRICT_ADMIN})
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.TEXT_HTML})
    @jakarta.transaction.Transactional
    public jakarta.ws.rs.core.Response export(@jakarta.ws.rs.QueryParam("format") String format) {
        var f = cn.shangliang.common.export.Downloads.format(format);
        var m = ui.bundle(cn.shangliang.common.export.ExportMessages.class);
        audit.record(caller.auditName(), "export.download", "audit-log", 0, "audit-log." + f.extension());
        return downloads.file(f, AuditExport.of(m, downloads));
    }
}
