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

    @GET
    public TemplateInstance verify() {
        boolean oversees = identity.hasRole(Role.N_SUPERVISOR) || identity.hasRole(Role.N_SUBDISTRICT_ADMIN);
        List<AuditEntry> newest = oversees
                ? AuditEntry.<AuditEntry>find("order by id desc").page(0, 50).list() : List.of();
        return Templates.verify(verifier.verify(), newest);
    }
}
