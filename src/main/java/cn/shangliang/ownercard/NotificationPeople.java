package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Community;
import cn.shangliang.community.Estate;
import cn.shangliang.community.Owner;
import cn.shangliang.community.Resident;
import cn.shangliang.identity.Account;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.RoleGrant;
import cn.shangliang.identity.Scope;
import cn.shangliang.notification.People;
import cn.shangliang.notification.RecipientKey;
import cn.shangliang.notification.RecipientType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Notification's view of people ({@link People}), read from identity, community and the owners' cards. */
@ApplicationScoped
public class NotificationPeople implements People {

    @Inject
    CurrentUser user;

    @Override
    public Optional<Long> callerAccount() {
        return user.accountId();
    }

    @Override
    public Optional<Long> callerCard() {
        return user.cardId();
    }

    @Override
    public Set<Long> callerHomeCommunities() {
        Set<Long> ids = new LinkedHashSet<>();
        user.accountId().ifPresent(account -> Resident.<Resident>list("accountId", account)
                .forEach(r -> ids.add(r.communityId)));
        ids.addAll(user.communitiesWhere(Role.RESIDENT));
        return ids;
    }

    @Override
    public void requireDeliveryFiguresOf(long communityId) {
        Community c = Community.findById(communityId);
        if (c == null) {
            throw DomainException.notFound("not-found.community");
        }
        user.require(new Scope(c.subdistrictId, c.id, null), Role.COMMUNITY_STAFF, Role.SUBDISTRICT_ADMIN, Role.SUPERVISOR);
    }

    @Override
    public Reach reach(RecipientKey key) {
        if (key.recipientType == RecipientType.ACCOUNT) {
            Account a = Account.findById(key.recipientId);
            return a == null ? null : new Reach(a.phone, a.homeCommunityId);
        }
        Owner o = Owner.findById(key.recipientId);
        if (o == null) {
            return null;
        }
        Estate e = Estate.findById(o.estateId);
        return new Reach(o.phone, e == null ? null : e.communityId);
    }

    @Override
    public Long ownerOfCard(long cardId) {
        OwnerCard card = OwnerCard.findById(cardId);
        return card == null ? null : card.ownerId;
    }

    @Override
    public List<Long> linkedCards(long accountId) {
        return CardLink.<CardLink>list("accountId = ?1 and cardId is not null", accountId).stream()
                .map(l -> l.cardId).toList();
    }

    @Override
    public List<Long> ownersOfCards(List<Long> cardIds) {
        return cardIds.isEmpty() ? List.of()
                : OwnerCard.<OwnerCard>list("id in ?1", cardIds).stream().map(c -> c.ownerId).toList();
    }

    @Override
    public List<Long> staffOf(long communityId) {
        return RoleGrant.<RoleGrant>list("role = ?1 and scopeType = ?2 and scopeId = ?3", Role.COMMUNITY_STAFF,
                Scope.Type.COMMUNITY, communityId).stream().map(g -> g.accountId).distinct().toList();
    }
}
