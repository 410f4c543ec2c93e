package cn.shangliang.council;

import java.time.Clock;


import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.community.Community;
import cn.shangliang.identity.Account;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.RoleGrant;
import cn.shangliang.identity.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Councils and their membership. Membership and the role grants it implies change together in one
 * transaction (COUNCIL_MEMBER for every current member, COUNCIL_CHAIR for the chair), so the permission
 * checks and the roster never disagree. Changes lock the council row, so two staff editing at once queue.
 */
@ApplicationScoped
public class CouncilService {

    @Inject
    CouncilActors actors;

    @Inject
    RequestCheck requests;

    @Inject
    CouncilAudit audit;

    @Inject
    Clock clock;

    public record CouncilForm(Long communityId, String name) {
    }

    /** {@code login} is the account's username or phone number. */
    public record MemberForm(String login, SeatCategory seat, LocalDate termStart, LocalDate termEnd, boolean chair) {
    }

    /** Why a membership ends: kept in the membership history and the audit entry, so it must be given. */
    public record RemovalForm(@NotBlank(message = "field.council.leave-reason")
                              @Size(max = 500, message = "field.max-length") String reason) {
    }

    @Transactional
    public long create(CouncilForm form) {
        if (form == null || form.communityId() == null) {
            throw DomainException.invalid(List.of(new FieldError("communityId", "field.community")));
        }
        Community community = Community.findById(form.communityId());
        if (community == null) {
            throw DomainException.notFound("not-found.community");
        }
        actors.require(community.id, CouncilAction.MANAGE_MEMBERS);
        if (form.name() == null || form.name().isBlank() || form.name().length() > 100) {
            throw DomainException.invalid(List.of(new FieldError("name", "field.council.name")));
        }
        Community.findById(community.id, LockModeType.PESSIMISTIC_WRITE);
        if (Council.ofCommunity(community.id).isPresent()) {
            throw DomainException.conflict("council.exists");
        }
        Council council = new Council();
        council.communityId = community.id;
        council.name = form.name().strip();
        council.createdOn = LocalDate.now(clock);
        council.persist();
        audit.record("council.create", "council", council.id, council.name);
        return council.id;
    }

    @Transactional
    public long addMember(long councilId, MemberForm form) {
        Council council = lockedCouncil(councilId);
        List<FieldError> errors = new ArrayList<>();
        Account account = null;
        if (form == null || form.login() == null || form.login().isBlank()) {
            errors.add(new FieldError("login", "field.council.account"));
        } else {
            account = Account.findByLogin(form.login().strip()).orElse(null);
            if (account == null) {
                errors.add(FieldError.of("login", "field.council.account-unknown", form.login().strip()));
            }
        }
        if (form == null || form.seat() == null) {
            errors.add(new FieldError("seat", "field.council.seat"));
        }
        LocalDate start = form == null || form.termStart() == null ? LocalDate.now(clock) : form.termStart();
        if (form != null && form.termEnd() != null && !form.termEnd().isAfter(start)) {
            errors.add(new FieldError("termEnd", "field.council.term"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (CouncilMember.currentOf(council.id, account.id).isPresent()) {
            throw DomainException.conflict("council.member.exists", account.displayName);
        }
        CouncilMember member = new CouncilMember();
        member.councilId = council.id;
        member.accountId = account.id;
        member.name = account.displayName;
        member.seat = form.seat();
        member.termStart = start;
        member.termEnd = form.termEnd();
        member.persist();
        grant(account.id, Role.COUNCIL_MEMBER, council.communityId);
        CouncilMemberEvent.record(member, CouncilMemberEvent.Kind.JOINED, clock.instant(), audit.actor(), member.seat.label());
        audit.record("council.member.add", "council_member", member.id,
                CouncilNotices.memberAdded(council, member));
        if (form.chair()) {
            makeChair(council, member);
        }
        return member.id;
    }

    @Transactional
    public void removeMember(long councilId, long memberId, RemovalForm form) {
        Council council = lockedCouncil(councilId);
        CouncilMember member = currentMember(council, memberId);
        requests.valid(form);
        if (member.chair) {
            endChair(council, member);
        }
        member.leftOn = LocalDate.now(clock);
        revoke(member.accountId, Role.COUNCIL_MEMBER, council.communityId);
        String note = form.reason().strip();
        CouncilMemberEvent.record(member, CouncilMemberEvent.Kind.LEFT, clock.instant(), audit.actor(), note);
        audit.record("council.member.remove", "council_member", member.id,
                CouncilNotices.memberRemoved(council, member, note));
    }

    @Transactional
    public void setChair(long councilId, long memberId) {
        Council council = lockedCouncil(councilId);
        CouncilMember member = currentMember(council, memberId);
        if (member.chair) {
            throw DomainException.conflict("council.chair.already", member.name);
        }
        makeChair(council, member);
    }

    private void makeChair(Council council, CouncilMember member) {
        CouncilMember.currentChair(council.id).ifPresent(old -> endChair(council, old));
        member.chair = true;
        grant(member.accountId, Role.COUNCIL_CHAIR, council.communityId);
        CouncilMemberEvent.record(member, CouncilMemberEvent.Kind.CHAIR_SET, clock.instant(), audit.actor(), null);
        audit.record("council.chair.set", "council_member", member.id, CouncilNotices.chairSet(council, member));
    }

    private void endChair(Council council, CouncilMember member) {
        member.chair = false;
        revoke(member.accountId, Role.COUNCIL_CHAIR, council.communityId);
        CouncilMemberEvent.record(member, CouncilMemberEvent.Kind.CHAIR_ENDED, clock.instant(), audit.actor(), null);
    }

    private Council lockedCouncil(long councilId) {
        Council council = Council.findById(councilId, LockModeType.PESSIMISTIC_WRITE);
        if (council == null) {
            throw DomainException.notFound("not-found.council");
        }
        actors.require(council.communityId, CouncilAction.MANAGE_MEMBERS);
        return council;
    }

    private static CouncilMember currentMember(Council council, long memberId) {
        CouncilMember member = CouncilMember.findById(memberId);
        if (member == null || !member.councilId.equals(council.id) || member.leftOn != null) {
            throw DomainException.notFound("not-found.council-member");
        }
        return member;
    }

    private static void grant(long accountId, Role role, long communityId) {
        if (RoleGrant.count("accountId = ?1 and role = ?2 and scopeType = ?3 and scopeId = ?4",
                accountId, role, Scope.Type.COMMUNITY, communityId) == 0) {
            RoleGrant.of(accountId, role, Scope.Type.COMMUNITY, communityId).persist();
        }
    }

    private static void revoke(long accountId, Role role, long communityId) {
        RoleGrant.delete("accountId = ?1 and role = ?2 and scopeType = ?3 and scopeId = ?4",
                accountId, role, Scope.Type.COMMUNITY, communityId);
    }
}
