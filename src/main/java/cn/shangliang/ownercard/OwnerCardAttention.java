package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.CurrentUser;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.shangliang.common.web.TemplateExtensions;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Home page: staff see the estates where locked cards wait for an owner to come and have them unlocked; an
 * owner sees, for {@value #TELL_OWNER_DAYS} days, that wrong PINs locked their card (someone may know the number).
 */
@ApplicationScoped
public class OwnerCardAttention implements AttentionSource {

    @Inject
    CurrentUser user;

    @Inject
    OwnerCardOverview overview;

    @Inject
    Ui ui;

    static final int TELL_OWNER_DAYS = 30;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TemplateExtensions.ZONE);

    @Inject
    Clock clock;

    @Override
    @Transactional
    public List<AttentionItem> itemsForCurrentUser() {
        if (user.cardId().isPresent()) {
            return ownCardLocked(user.cardId().get());
        }
        if (user.accountId().isEmpty() || !user.hasRole(Role.COMMUNITY_STAFF)) {
            return List.of();
        }
        OwnerCardMessages messages = ui.bundle(OwnerCardMessages.class);
        return overview.estates().stream()
                .filter(e -> e.lockedCards() > 0 && overview.may(e.id(), CardAction.UNLOCK))
                .map(e -> new AttentionItem(messages.attention_locked(e.name(), e.lockedCards()),
                        "/cards/estates/" + e.id(), false))
                .toList();
    }

    private List<AttentionItem> ownCardLocked(long cardId) {
        Instant since = clock.instant().minus(Duration.ofDays(TELL_OWNER_DAYS));
        return OwnerCard.<OwnerCard>findByIdOptional(cardId)
                .filter(c -> c.lastLockedAt != null && c.lastLockedAt.isAfter(since))
                .map(c -> List.of(new AttentionItem(ui.bundle(OwnerCardMessages.class).attention_own_card_locked(
                        AT.format(c.lastLockedAt)), "/card/pin", false)))
                .orElse(List.of());
    }
}
