package cn.shangliang.notification;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the channels a person switched off per kind. Owners reached through a card keep their
 * choices under the owner (see {@link Recipients#settingsKey}), so a reissued card keeps them.
 */
final class Preferences {

    private Preferences() {
    }

    static boolean optedOut(RecipientType type, long id, NotificationKind kind, Channel channel) {
        RecipientKey key = Recipients.settingsKey(type, id);
        Number n = (Number) Panache.getEntityManager().createNativeQuery("SELECT COUNT(*) FROM notification_opt_out "
                        + "WHERE recipient_type = ?1 AND recipient_id = ?2 AND kind = ?3 AND channel = ?4")
                .setParameter(1, key.recipientType.name()).setParameter(2, key.recipientId)
                .setParameter(3, kind.name()).setParameter(4, channel.name()).getSingleResult();
        return n.longValue() > 0;
    }

    /** "KIND/CHANNEL" of every switched-off pair. */
    static Set<String> optOuts(RecipientKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT kind, channel FROM notification_opt_out "
                        + "WHERE recipient_type = ?1 AND recipient_id = ?2")
                .setParameter(1, key.recipientType.name()).setParameter(2, key.recipientId).getResultList();
        Set<String> pairs = new HashSet<>();
        rows.forEach(r -> pairs.add(r[0] + "/" + r[1]));
        return pairs;
    }

    static void replaceOptOuts(RecipientKey key, Set<String> pairs) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("DELETE FROM notification_opt_out WHERE recipient_type = ?1 AND recipient_id = ?2")
                .setParameter(1, key.recipientType.name()).setParameter(2, key.recipientId).executeUpdate();
        for (String pair : pairs) {
            String[] kc = pair.split("/");
            em.createNativeQuery("INSERT INTO notification_opt_out (recipient_type, recipient_id, kind, channel) "
                            + "VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, key.recipientType.name()).setParameter(2, key.recipientId)
                    .setParameter(3, kc[0]).setParameter(4, kc[1]).executeUpdate();
        }
    }
}
