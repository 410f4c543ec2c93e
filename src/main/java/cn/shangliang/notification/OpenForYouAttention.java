package cn.shangliang.notification;

import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import cn.shangliang.community.Resident;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Open for you" on a resident's home page: not what they must do, but what they may take part in now in their
 * community — each feature says what of its own is open ({@link OpenForYou}: a hearing taking registrations, a
 * proposal gathering co-signatures, a budget cycle taking proposals). An owner's open vote is the assembly's
 * own home-page item.
 */
@ApplicationScoped
public class OpenForYouAttention implements AttentionSource {

    static final int LIMIT = OpenForYou.LIMIT;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    @Any
    Instance<OpenForYou> features;

    @Override
    @Transactional
    public List<AttentionItem> itemsForCurrentUser() {
        if (user.accountId().isEmpty()) {
            return List.of();
        }
        long account = user.accountId().get();
        Set<Long> communities = communities(account);
        if (communities.isEmpty()) {
            return List.of();
        }
        NotificationMessages msg = ui.bundle(NotificationMessages.class);
        List<AttentionItem> items = new ArrayList<>();
        features.stream().sorted(Comparator.comparingInt(OpenForYou::order))
                .forEach(f -> items.addAll(f.openFor(account, communities, msg)));
        return items;
    }

    /** The communities the account lives in: its resident records and its resident grants. */
    private Set<Long> communities(long account) {
        Set<Long> ids = new LinkedHashSet<>();
        Resident.<Resident>list("accountId", account).forEach(r -> ids.add(r.communityId));
        user.grants().stream().filter(g -> g.role == Role.RESIDENT && g.scopeType == Scope.Type.COMMUNITY)
                .forEach(g -> ids.add(g.scopeId));
        return ids;
    }
}
