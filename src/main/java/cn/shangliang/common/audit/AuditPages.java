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
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The audit page: chain verification for staff; the newest entries too for supervisors and administrators. */
@Path("/audit")
@Blocking
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.N_SUPERVISOR, Role.N_SUBDISTRICT_ADMIN, Role.N_COMMUNITY_STAFF})
public class AuditPages {

    @CheckedTemplate(basePath = "audit")
    static class Templates {
        static native TemplateInstance verify(AuditVerifier.AuditVerification result, List<AuditEntry> entries);
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
    cn.shangliang.identity.CurrentUser user;

    @GET
    public TemplateInstance verify() {
        boolean oversees = identity.hasRole(Role.N_SUPERVISOR) || identity.hasRole(Role.N_SUBDISTRICT_ADMIN);
        List<AuditEntry> newest = oversees
                ? AuditEntry.<AuditEntry>find("order by id desc").page(0, 50).list() : List.of();
        return Templates.verify(verifier.verify(), newest);
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
        audit.record(user.auditName(), "export.download", "audit-log", 0, "audit-log." + f.extension());
        return downloads.file(f, AuditExport.of(m, downloads));
    }
}
