package cn.shangliang.notification;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.ownercard.OwnerCard;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox of whoever is logged in: an account reads its own notifications; an owner's card reads the owner's
 * and the card's. The notification row is the inbox entry; reading marks it read.
 */
@ApplicationScoped
public class InboxService {

    public static final int PAGE_SIZE = 20;

    public record InboxItem(long id, String title, String body, String link, Instant createdAt, boolean unread) {
    }

    public record InboxPage(List<InboxItem> items, int page, boolean more, long unread) {
    }

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** The recipients the caller reads as: a JPQL condition over Notification n and its arguments. */
    record Mine(String where, List<Object> args) {
    }

    Mine mine() {
        if (user.accountId().isPresent()) {
            return new Mine("recipientType = ?1 and recipientId = ?2", List.of(RecipientType.ACCOUNT, user.accountId().get()));
        }
        long cardId = user.cardId().orElseThrow(() -> new io.quarkus.security.UnauthorizedException());
        OwnerCard card = OwnerCard.findById(cardId);
        long ownerId = card == null ? -1 : card.ownerId;
        return new Mine("((recipientType = ?1 and recipientId = ?2) or (recipientType = ?3 and recipientId = ?4))",
                List.of(RecipientType.OWNER_CARD, cardId, RecipientType.OWNER, ownerId));
    }

    @Transactional
    public long unread() {
        if (!user.authenticated()) {
            return 0;
        }
        Mine m = mine();
        return Notification.count(m.where() + " and readAt is null", m.args().toArray());
    }

    @Transactional
    public InboxPage page(int page, String language) {
        Mine m = mine();
        int p = Math.max(0, page);
        List<Notification> rows = Notification.<Notification>find(m.where() + " order by createdAt desc, id desc",
                m.args().toArray()).page(Page.of(p, PAGE_SIZE + 1)).list();
        List<InboxItem> items = new ArrayList<>();
        for (Notification n : rows.subList(0, Math.min(PAGE_SIZE, rows.size()))) {
            items.add(item(n, language));
        }
        return new InboxPage(items, p, rows.size() > PAGE_SIZE, unread());
    }

    static InboxItem item(Notification n, String language) {
        List<String> args = NotificationTexts.decode(n.args);
        return new InboxItem(n.id, NotificationTexts.title(n.kind, args, language),
                NotificationTexts.body(n.kind, args, language), n.link, n.createdAt, n.readAt == null);
    }

    /** Marks one of the caller's notifications read (someone else's is "not found", not "forbidden"). */
    @Transactional
    public InboxItem markRead(long id, String language) {
        Mine m = mine();
        List<Object> args = new ArrayList<>(m.args());
        args.add(id);
        Notification n = Notification.<Notification>find(m.where() + " and id = ?" + args.size(), args.toArray())
                .firstResult();
        if (n == null) {
            throw DomainException.notFound("not-found.notification");
        }
        if (n.readAt == null) {
            n.readAt = clock.instant();
        }
        return item(n, language);
    }

    @Transactional
    public int markAllRead() {
        Mine m = mine();
        List<Object> args = new ArrayList<>(m.args());
        args.add(0, clock.instant());
        String where = m.where().replaceAll("\\?(\\d)", "?X$1");
        for (int i = 1; i <= m.args().size(); i++) {
            where = where.replace("?X" + i, "?" + (i + 1));
        }
        return Notification.update("readAt = ?1 where " + where + " and readAt is null", args.toArray());
    }
}
