package cn.shangliang.notification;

import cn.shangliang.common.security.Caller;
import cn.shangliang.common.web.DomainException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    People people;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The recipients the caller reads as: a JPQL condition over Notification and its named parameters. */
    record Mine(String where, Map<String, Object> params) {

        Map<String, Object> with(String name, Object value) {
            Map<String, Object> all = new HashMap<>(params);
            all.put(name, value);
            return all;
        }
    }

    /**
     * An account reads its own notifications and those of the owners' cards it linked (issue 10: an owner who
     * linked their card votes and reads as their account); a card session reads the owner's and the card's.
     */
    Mine mine() {
        Map<String, Object> p = new HashMap<>();
        List<Long> cards = new ArrayList<>();
        StringBuilder where = new StringBuilder("(");
        Optional<Long> account = people.callerAccount();
        if (account.isPresent()) {
            p.put("account", account.get());
            p.put("tAccount", RecipientType.ACCOUNT);
            where.append("(recipientType = :tAccount and recipientId = :account)");
            cards.addAll(people.linkedCards(account.get()));
        } else {
            cards.add(people.callerCard().orElseThrow(UnauthorizedException::new));
            where.append("1 = 0");
        }
        if (!cards.isEmpty()) {
            List<Long> owners = people.ownersOfCards(cards);
            p.put("cards", cards);
            p.put("tCard", RecipientType.OWNER_CARD);
            where.append(" or (recipientType = :tCard and recipientId in :cards)");
            if (!owners.isEmpty()) {
                p.put("owners", owners);
                p.put("tOwner", RecipientType.OWNER);
                where.append(" or (recipientType = :tOwner and recipientId in :owners)");
            }
        }
        return new Mine(where.append(")").toString(), p);
    }

    @Transactional
    public long unread() {
        if (!caller.authenticated()) {
            return 0;
        }
        Mine m = mine();
        return Notification.count(m.where() + " and readAt is null", m.params());
    }

    @Transactional
    public InboxPage page(int page, String language) {
        Mine m = mine();
        int p = Math.max(0, page);
        List<Notification> rows = Notification.<Notification>find(m.where() + " order by createdAt desc, id desc",
                m.params()).range(p * PAGE_SIZE, p * PAGE_SIZE + PAGE_SIZE).list();
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
        Notification n = Notification.<Notification>find(m.where() + " and id = :id", m.with("id", id)).firstResult();
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
        return Notification.update("readAt = :now where " + m.where() + " and readAt is null",
                m.with("now", clock.instant()));
    }
}
