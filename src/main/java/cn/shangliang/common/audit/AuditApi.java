package cn.shangliang.common.audit;

import cn.shangliang.common.security.Role;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** Reading and verifying the audit log: for supervisors and administrators. */
@Path("/api/audit")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.N_SUPERVISOR, Role.N_SUBDISTRICT_ADMIN, Role.N_COMMUNITY_STAFF})
@Tag(name = "audit")
public class AuditApi {

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditHead head;

    public record AnchorView(long seq, String hash, Instant publishedAt, Long noticeId, String reason) {
    }

    public record AnchorCheck(long seq, String hash, boolean matches) {
    }

    public record EntryView(long id, Long seq, Instant occurredAt, String actor, String action, String entityType,
                            String entityId, String summary, String hash) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.id, e.seq, e.occurredAt, e.actor, e.action, e.entityType, e.entityId,
                    e.summary, e.hash);
        }
    }

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the hash chain and point at the first broken entry")
    public AuditVerifier.AuditVerification verify() {
        return verifier.verify();
    }

    /** Every published chain head, newest first: public, like the notices that carry them. */
    @GET
    @Path("anchors")
    @PermitAll
    @Operation(summary = "Chain heads published on the notice board, newest first, 50 a page")
    public List<AnchorView> anchors(@QueryParam("page") @DefaultValue("0") int page) {
        return head.anchors(page).stream()
                .map(a -> new AnchorView(a.seq, a.hash, a.publishedAt, a.noticeId, a.reason)).toList();
    }

    /** Anyone who kept a copy of a published head checks here that today's chain still contains it. */
    @GET
    @Path("anchors/check")
    @PermitAll
    @Operation(summary = "Whether the sealed entry with this sequence number carries this hash")
    public AnchorCheck check(@QueryParam("seq") long seq, @QueryParam("hash") String hash) {
        return new AnchorCheck(seq, hash, hash != null && verifier.matches(seq, hash.trim()));
    }

    /** Entries name what changed anywhere, so only those who oversee several communities read them. */
    @GET
    @Path("entries")
    @RolesAllowed({Role.N_SUPERVISOR, Role.N_SUBDISTRICT_ADMIN})
    @Operation(summary = "Newest audit entries first, 50 a page")
    public List<EntryView> entries(@QueryParam("page") @DefaultValue("0") int page) {
        return AuditEntry.<AuditEntry>find("order by id desc").page(Math.max(page, 0), 50).list().stream()
                .map(EntryView::of).toList();
    }
}
