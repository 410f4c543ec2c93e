package cn.shangliang.identity;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.security.Role;
import cn.shangliang.community.Community;
import cn.shangliang.community.Subdistrict;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Resolves where a grant applies and what the caller may grant there; the common first step of every use case. */
@RequestScoped
public class AccountScopes {

    @Inject
    CurrentUser user;

    /** The full scope path of a role granted in {@code communityId} or {@code subdistrictId}. */
    public Scope where(Role role, Long communityId, Long subdistrictId) {
        if (GrantRules.levelOf(role) == Scope.Type.SUBDISTRICT) {
            if (subdistrictId == null || Subdistrict.findById(subdistrictId) == null) {
                throw Refusal.of(RuleViolation.notFound("subdistrict-not-found"));
            }
            return new Scope(subdistrictId, null, null);
        }
        if (GrantRules.levelOf(role) != Scope.Type.COMMUNITY) {
            throw Refusal.of(RuleViolation.invalid("role-not-grantable"));
        }
        Community c = communityId == null ? null : Community.findById(communityId);
        if (c == null) {
            throw Refusal.of(RuleViolation.notFound("community-not-found"));
        }
        return c.scope();
    }

    public Scope of(RoleGrant g) {
        return switch (g.scopeType) {
            case SUBDISTRICT -> new Scope(g.scopeId, null, null);
            case COMMUNITY -> {
                Community c = Community.findById(g.scopeId);
                yield c == null ? new Scope(null, g.scopeId, null) : c.scope();
            }
            case ESTATE -> new Scope(null, null, g.scopeId);
        };
    }

    public String nameOf(RoleGrant g) {
        return switch (g.scopeType) {
            case SUBDISTRICT -> {
                Subdistrict s = Subdistrict.findById(g.scopeId);
                yield s == null ? "#" + g.scopeId : s.name;
            }
            case COMMUNITY -> {
                Community c = Community.findById(g.scopeId);
                yield c == null ? "#" + g.scopeId : c.name;
            }
            case ESTATE -> "#" + g.scopeId;
        };
    }

    public List<GrantRules.Held> held() {
        return user.grants().stream().map(GrantRules::held).toList();
    }

    public boolean mayGrant(Role role, Scope where) {
        return GrantRules.mayGrant(held(), role, where);
    }

    public void requireGrant(Role role, Scope where) {
        if (!mayGrant(role, where)) {
            throw Refusal.of(RuleViolation.forbidden("grant-outside-scope"));
        }
    }

    public boolean mayManage(Account a) {
        List<RoleGrant> grants = RoleGrant.ofAccount(a.id);
        Scope home = a.homeCommunityId != null ? Community.<Community>findByIdOptional(a.homeCommunityId)
                .map(Community::scope).orElse(null) : null;
        return GrantRules.mayManage(held(), grants.stream().map(GrantRules::held).toList(),
                grants.stream().map(this::of).toList(), home);
    }

    public void requireManage(Account a) {
        if (!mayManage(a)) {
            throw Refusal.of(RuleViolation.forbidden("account-outside-scope"));
        }
    }
}
