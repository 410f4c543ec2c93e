package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import cn.shangliang.community.Community;
import cn.shangliang.community.CommunityViews.CommunityOption;
import cn.shangliang.community.Resident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** What the account pages offer to choose from: the caller's communities, roles, residents without an account. */
@ApplicationScoped
public class AccountDirectory {

    /** The roles an account page may grant, widest last (owners use cards). */
    public static final List<Role> GRANTABLE = List.of(Role.RESIDENT, Role.COUNCIL_MEMBER, Role.COUNCIL_CHAIR,
            Role.COMMUNITY_STAFF, Role.SUPERVISOR, Role.SUBDISTRICT_ADMIN);

    public record Unlinked(long id, String name, String phone) {
    }

    @Inject
    AccountScopes scopes;

    /** The communities whose accounts the caller manages. */
    @Transactional
    public List<CommunityOption> communities() {
        return Community.<Community>listAll().stream().filter(c -> scopes.mayGrant(Role.RESIDENT, c.scope()))
                .sorted(Comparator.comparing(c -> c.name)).map(CommunityOption::of).toList();
    }

    @Transactional
    public Long subdistrictOf(Long communityId) {
        return communityId == null ? null
                : Community.<Community>findByIdOptional(communityId).map(c -> c.subdistrictId).orElse(null);
    }

    @Transactional
    public String communityName(long communityId) {
        return Community.<Community>findByIdOptional(communityId).map(c -> c.name).orElse("");
    }

    /** Resident records of the community without an account (the first 200 by name), to register or to match. */
    @Transactional
    public List<Unlinked> unlinked(long communityId) {
        return Resident.<Resident>find("communityId = ?1 and accountId is null order by name, id", communityId)
                .page(0, 200).list().stream().map(r -> new Unlinked(r.id, r.name, r.phone)).toList();
    }

    public static Role role(String value) {
        return value == null || value.isBlank() ? null : Arrays.stream(Role.values())
                .filter(r -> r.name().equals(value.strip())).findFirst().orElse(null);
    }
}
