package cn.shangliang.home;

import cn.shangliang.common.security.Role;
import cn.shangliang.community.Community;
import cn.shangliang.community.Subdistrict;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.RoleGrant;
import cn.shangliang.identity.Scope;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a subdistrict admin (街道) sees first (issue 19): every community of their subdistricts with what needs
 * following up — overdue follow-ups of council resolutions, no council at all — and what is open there (owners'
 * votes, hearings, budget cycles). Read only; counts by community in one query per kind, whatever the size.
 */
@ApplicationScoped
public class SubdistrictOverview {

    /** The hearing states between announcement and the published report. */
    static final List<String> OPEN_HEARINGS = List.of("ANNOUNCED", "REGISTRATION_OPEN", "REGISTRATION_CLOSED",
            "PARTICIPANTS_FIXED", "IN_SESSION", "RECORD_CONFIRMATION");

    @TemplateData
    public record CommunityLine(long communityId, String name, Long councilId, long overdueFollowUps, long openVotes,
                                long openHearings, long openBudgetCycles) {
        public boolean noCouncil() {
            return councilId == null;
        }

        public boolean needsAttention() {
            return noCouncil() || overdueFollowUps > 0;
        }
    }

    @TemplateData
    public record Block(long subdistrictId, String name, List<CommunityLine> communities) {
        public long overdue() {
            return communities.stream().mapToLong(CommunityLine::overdueFollowUps).sum();
        }

        public long withoutCouncil() {
            return communities.stream().filter(CommunityLine::noCouncil).count();
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The subdistricts the caller administers, each with its communities; empty for everyone else. */
    @Transactional
    public List<Block> forCurrentUser() {
        if (currentUser.accountId().isEmpty()) {
            return List.of();
        }
        List<Long> subdistricts = RoleGrant.<RoleGrant>list("accountId = ?1 and role = ?2 and scopeType = ?3",
                currentUser.accountId().get(), Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT).stream()
                .map(g -> g.scopeId).distinct().toList();
        return subdistricts.stream().map(this::block).filter(b -> b != null).toList();
    }

    private Block block(long subdistrictId) {
        Subdistrict s = Subdistrict.findById(subdistrictId);
        if (s == null) {
            return null;
        }
        List<Community> communities = Community.list("subdistrictId = ?1 order by name, id", subdistrictId);
        if (communities.isEmpty()) {
            return new Block(s.id, s.name, List.of());
        }
        List<Long> ids = communities.stream().map(c -> c.id).toList();
        Map<Long, Long> councils = pairs("SELECT community_id, id FROM council WHERE community_id IN (:ids)", ids);
        Map<Long, Long> overdue = pairs("SELECT c.community_id, COUNT(*) FROM follow_up f JOIN council c ON c.id = f.council_id"
                + " WHERE c.community_id IN (:ids) AND f.due_date < :today AND f.status IN ('ASSIGNED', 'IN_PROGRESS')"
                + " GROUP BY c.community_id", ids);
        Map<Long, Long> votes = pairs("SELECT community_id, COUNT(*) FROM assembly_decision WHERE community_id IN (:ids)"
                + " AND status = 'PUBLISHED' AND closes_at > :now GROUP BY community_id", ids);
        Map<Long, Long> hearings = pairs("SELECT community_id, COUNT(*) FROM hearing WHERE community_id IN (:ids)"
                + " AND status IN (:hearing) GROUP BY community_id", ids);
        Map<Long, Long> budget = pairs("SELECT community_id, COUNT(*) FROM budget_cycle WHERE community_id IN (:ids)"
                + " AND status <> 'CLOSED' GROUP BY community_id", ids);
        return new Block(s.id, s.name, communities.stream().map(c -> new CommunityLine(c.id, c.name, councils.get(c.id),
                overdue.getOrDefault(c.id, 0L), votes.getOrDefault(c.id, 0L), hearings.getOrDefault(c.id, 0L),
                budget.getOrDefault(c.id, 0L))).toList());
    }

    private Map<Long, Long> pairs(String sql, List<Long> ids) {
        var query = em.createNativeQuery(sql).setParameter("ids", ids);
        if (sql.contains(":today")) {
            query.setParameter("today", LocalDate.now(clock));
        }
        if (sql.contains(":now")) {
            query.setParameter("now", clock.instant());
        }
        if (sql.contains(":hearing")) {
            query.setParameter("hearing", OPEN_HEARINGS);
        }
        Map<Long, Long> pairs = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            pairs.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        return pairs;
    }
}
