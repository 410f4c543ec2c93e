package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.IdentityMessages;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Home page: staff see the estates where locked cards wait for an owner to come and have them unlocked. */
@ApplicationScoped
public class OwnerCardAttention implements AttentionSource {

    @Inject
    CurrentUser user;

    @Inject
    OwnerCardOverview overview;

    @Inject
    Ui ui;

    @Override
    public List<AttentionItem> itemsForCurrentUser() {
        if (user.accountId().isEmpty() || !user.hasRole(Role.COMMUNITY_STAFF)) {
            return List.of();
        }
        IdentityMessages messages = ui.bundle(IdentityMessages.class);
        return overview.estates().stream()
                .filter(e -> e.lockedCards() > 0 && overview.may(e.id(), CardAction.UNLOCK))
                .map(e -> new AttentionItem(messages.attention_locked(e.name(), e.lockedCards()),
                        "/cards/estates/" + e.id(), false))
                .toList();
    }
}
