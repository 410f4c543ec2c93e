package cn.shangliang.ownercard;

import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.Scope;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Community;
import cn.shangliang.community.Estate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which estates' cards the current user may see, with how many cards are in use and locked. */
@ApplicationScoped
public class OwnerCardOverview {

    @Inject
    CurrentUser user;

    public record EstateRow(long id, String name, String communityName, long liveCards, long lockedCards) {
    }

    @Transactional
    public List<EstateRow> estates() {
        Map<Long, Community> communities = Community.<Community>listAll().stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<Estate> visible = Estate.<Estate>list("order by communityId, name").stream()
                .filter(e -> user.hasAnyRole(scope(e, communities), OwnerCardPermissions.roles(CardAction.VIEW)))
                .toList();
        Map<Long, long[]> counts = counts(visible.stream().map(e -> e.id).toList());
        return visible.stream().map(e -> row(e, communities.get(e.communityId), counts)).toList();
    }

    @Transactional
    public EstateRow estate(long estateId) {
        Estate estate = Estate.<Estate>findByIdOptional(estateId).orElseThrow(() -> DomainException.notFound("not-found.estate"));
        user.require(estate.scope(), OwnerCardPermissions.roles(CardAction.VIEW));
        return row(estate, Community.findById(estate.communityId), counts(List.of(estateId)));
    }

    /** Whether the current user may take {@code action} on the estate's cards (to show or hide buttons). */
    @Transactional
    public boolean may(long estateId, CardAction action) {
        Estate estate = Estate.findById(estateId);
        return estate != null && user.hasAnyRole(estate.scope(), OwnerCardPermissions.roles(action));
    }

    private static Map<Long, long[]> counts(List<Long> estateIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (estateIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = OwnerCard.getEntityManager().createQuery(
                        "select c.estateId, c.status, count(c) from OwnerCard c where c.estateId in :ids "
                                + "and c.status in :live group by c.estateId, c.status", Object[].class)
                .setParameter("ids", estateIds).setParameter("live", OwnerCardWorkflow.LIVE).getResultList();
        for (Object[] row : rows) {
            long[] pair = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            pair[0] += (Long) row[2];
            if (row[1] == OwnerCardStatus.LOCKED) {
                pair[1] += (Long) row[2];
            }
        }
        return counts;
    }

    private static EstateRow row(Estate estate, Community community, Map<Long, long[]> counts) {
        long[] pair = counts.getOrDefault(estate.id, new long[2]);
        return new EstateRow(estate.id, estate.name, community == null ? "" : community.name, pair[0], pair[1]);
    }

    private static Scope scope(Estate estate, Map<Long, Community> communities) {
        Community community = communities.get(estate.communityId);
        return new Scope(community == null ? null : community.subdistrictId, estate.communityId, estate.id);
    }
}
