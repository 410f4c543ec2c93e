package cn.shangliang.assembly;

import java.time.Clock;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.community.Estate;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Reads decisions for pages and the API. Drafts are seen only by the community's staff. */
@ApplicationScoped
public class DecisionViews {

    @Inject
    Clock clock;

    public static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TemplateExtensions.ZONE);

    @Inject
    CurrentUser currentUser;

    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    public DecisionView get(long id) {
        return of(visible(id));
    }

    /**
     * The decision if the caller may see it: published ones are public; drafts, and drafts cancelled before they were
     * ever published (issue 19), only for staff.
     */
    Decision visible(long id) {
        Decision d = Decision.findById(id);
        if (d == null || neverPublished(d) && !isStaff(d)) {
            throw DomainException.notFound("not-found.decision");
        }
        return d;
    }

    static boolean neverPublished(Decision d) {
        return d.status == DecisionStatus.DRAFT || d.status == DecisionStatus.CANCELLED && d.publishedAt == null;
    }

    /** Never true for a card session (and CurrentUser.hasRole cannot read a parsed card token's estate claim). */
    boolean isStaff(Decision d) {
        return currentUser.cardId().isEmpty()
                && currentUser.hasAnyRole(DecisionService.scope(d), AssemblyPermissions.TABLE.roles(AssemblyPermissions.Action.MANAGE));
    }

    /** Published decisions, newest first, optionally of one estate; with the caller's drafts when staff. */
    public List<DecisionView> page(Long estateId, int page) {
        List<Long> staffCommunities = currentUser.grants().stream()
                .filter(g -> g.role == Role.COMMUNITY_STAFF && g.scopeType == cn.shangliang.identity.Scope.Type.COMMUNITY)
                .map(g -> g.scopeId).toList();
        String q = "((status <> ?1 and publishedAt is not null) or communityId in ?2)" + (estateId != null ? " and estateId = ?3" : "")
                + " order by createdAt desc, id desc";
        var query = estateId != null
                ? Decision.<Decision>find(q, DecisionStatus.DRAFT, staffCommunities.isEmpty() ? List.of(-1L) : staffCommunities, estateId)
                : Decision.<Decision>find(q, DecisionStatus.DRAFT, staffCommunities.isEmpty() ? List.of(-1L) : staffCommunities);
        return query.page(Page.of(Math.max(page, 0), PAGE_SIZE)).list().stream().map(this::of).toList();
    }

    public DecisionView of(Decision d) {
        Estate estate = Estate.findById(d.estateId);
        List<DecisionView.CandidateView> candidates = d.election()
                ? Candidate.of(d.id).stream().map(c -> new DecisionView.CandidateView(c.id, c.name)).toList()
                : List.of();
        return new DecisionView(d.id, d.communityId, d.estateId, estate.name, d.title, d.body, d.attachments,
                d.matterType, d.matterType.label(), d.matterType.threshold().notation(), d.seats, candidates,
                d.status, d.phase(clock.instant()), d.opensAt, d.closesAt, d.parkingCounts, d.proxyCap,
                d.silentClause, d.silentCitation, d.publishedAt, d.closedAt, d.cancelReason, d.parkingCitation);
    }
}
