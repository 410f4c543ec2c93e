package cn.shangliang.assembly;

import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.RecipientType;
import cn.shangliang.notification.NotificationTexts;
import cn.shangliang.notification.DeliveryState;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Estate;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who the notice of an owners' assembly reached, by which channel, and who it did not: the staff delivery view,
 * the paper list, and the record of a notice handed over (入户送达) or posted. A paper record is also the
 * decision's ballot-delivery record ({@code assembly.BallotDelivery}, through the assembly's own service), which
 * is what the silent-owners clause counts as proof of delivery. Electronic channels do not make that record:
 * whether a text or an e-mail proves delivery is for the estate's rules, not for this code.
 */
@ApplicationScoped
public class AssemblyDeliveryService {

    static final String SUBJECT = "assembly-decision";
    static final List<String> ELECTRONIC = List.of("EMAIL", "SMS", "WECHAT");

    public enum PaperMethod { HAND, POST }

    public record ChannelCount(String channel, long pending, long reached, long skipped, long failed) {
    }

    public record Summary(long decisionId, String title, String estate, long estateId, long owners,
                          long reachedElectronically, long paper, long notReached, List<ChannelCount> channels) {
    }

    public record OwnerLine(long ownerId, String name, String units, String voterKey) {
    }

    public record Failure(long ownerId, String name, String channel, String state, String reason) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    StaffBallotService ballots;

    @Inject
    Notifications notifications;

    Decision requireStaff(long decisionId) {
        Decision d = Decision.findById(decisionId);
        if (d == null) {
            throw DomainException.notFound("not-found.decision");
        }
        if (user.cardId().isPresent()) {
            throw DomainException.forbidden("forbidden.card-not-staff");
        }
        Estate estate = Estate.findById(d.estateId);
        user.require(estate.scope(), AssemblyPermissions.TABLE.roles(AssemblyPermissions.Action.SEE_DELIVERY));
        return d;
    }

    @Transactional
    public Summary summary(long decisionId) {
        Decision d = requireStaff(decisionId);
        Estate estate = Estate.findById(d.estateId);
        Map<String, long[]> byChannel = new LinkedHashMap<>();
        for (String c : List.of("IN_APP", "EMAIL", "SMS", "WECHAT", "PAPER")) {
            byChannel.put(c, new long[4]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.channel, d.state, COUNT(*) FROM delivery d "
                        + "JOIN notification n ON n.id = d.notification_id WHERE n.kind = 'ASSEMBLY_NOTICE' "
                        + "AND n.subject_type = ?1 AND n.subject_id = ?2 GROUP BY d.channel, d.state")
                .setParameter(1, SUBJECT).setParameter(2, String.valueOf(d.id)).getResultList();
        for (Object[] r : rows) {
            long[] counts = byChannel.computeIfAbsent((String) r[0], k -> new long[4]);
            int slot = switch (DeliveryState.valueOf((String) r[1])) {
                case PENDING -> 0;
                case SENT, DELIVERED -> 1;
                case SKIPPED -> 2;
                case FAILED -> 3;
            };
            counts[slot] += ((Number) r[2]).longValue();
        }
        List<ChannelCount> channels = new ArrayList<>();
        byChannel.forEach((c, n) -> channels.add(new ChannelCount(c, n[0], n[1], n[2], n[3])));
        long owners = count("SELECT COUNT(*) FROM notification n WHERE n.kind = 'ASSEMBLY_NOTICE' "
                + "AND n.subject_type = ?1 AND n.subject_id = ?2", d.id);
        long electronic = reachedElectronically(d.id).size();
        long paper = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM assembly_delivery WHERE decision_id = ?1")
                .setParameter(1, d.id).getSingleResult()).longValue();
        long notReached = notReached(d).size();
        return new Summary(d.id, d.title, estate.name, estate.id, owners, electronic, paper, notReached, channels);
    }

    /** Owners whose notice reached them on no electronic channel and who have no delivery record yet. */
    @Transactional
    public List<OwnerLine> notReached(long decisionId) {
        return notReached(requireStaff(decisionId));
    }

    @Transactional
    public List<Failure> failures(long decisionId) {
        Decision d = requireStaff(decisionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.name, d.channel, d.state, d.last_error "
                        + "FROM delivery d JOIN notification n ON n.id = d.notification_id JOIN owner o ON o.id = n.recipient_id "
                        + "WHERE n.kind = 'ASSEMBLY_NOTICE' AND n.subject_type = ?1 AND n.subject_id = ?2 "
                        + "AND n.recipient_type = 'OWNER' AND d.state IN ('FAILED', 'SKIPPED') ORDER BY o.id, d.channel")
                .setParameter(1, SUBJECT).setParameter(2, String.valueOf(d.id)).getResultList();
        return rows.stream().map(r -> new Failure(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
    }

    /**
     * Records a printed notice handed over or posted to an owner: the ballot-delivery record the silent-owners
     * clause counts (refused by the assembly if the owner is not on the roll or already recorded) and a PAPER
     * delivery on the owner's notice, in one transaction.
     */
    @Transactional
    public void recordPaper(long decisionId, long ownerId, PaperMethod method) {
        Decision d = requireStaff(decisionId);
        if (method == null) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("method", "field.notification.paper-method")));
        }
        ballots.recordDelivery(d.id, new StaffBallotRequests.DeliveryRequest(ownerId, null,
                // The ballot-delivery record is kept in Chinese, like every stored record.
                NotificationTexts.text("paper." + method.name(), "zh")));
        notifications.recordPaperDelivery(NotificationKind.ASSEMBLY_NOTICE, SUBJECT, d.id, RecipientType.OWNER, ownerId,
                method.name() + " by " + user.auditName());
    }

    List<OwnerLine> notReached(Decision d) {
        if (!DecisionWorkflow.isPublic(d.status)) {
            return List.of();
        }
        Set<Long> reached = reachedElectronically(d.id);
        Map<Long, String> voterOf = voterKeys(d.id);
        @SuppressWarnings("unchecked")
        List<String> delivered = em.createNativeQuery("SELECT voter_key FROM assembly_delivery WHERE decision_id = ?1")
                .setParameter(1, d.id).getResultList();
        Set<String> deliveredKeys = new HashSet<>(delivered);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.name, (SELECT GROUP_CONCAT(CONCAT(b.name, '-', u.number) "
                        + "ORDER BY b.name, u.number SEPARATOR ', ') FROM ownership s JOIN unit u ON u.id = s.unit_id "
                        + "JOIN building b ON b.id = u.building_id WHERE s.owner_id = o.id) "
                        + "FROM notification n JOIN owner o ON o.id = n.recipient_id WHERE n.kind = 'ASSEMBLY_NOTICE' "
                        + "AND n.subject_type = ?1 AND n.subject_id = ?2 AND n.recipient_type = 'OWNER' ORDER BY o.id")
                .setParameter(1, SUBJECT).setParameter(2, String.valueOf(d.id)).getResultList();
        List<OwnerLine> lines = new ArrayList<>();
        for (Object[] r : rows) {
            long owner = ((Number) r[0]).longValue();
            String key = voterOf.get(owner);
            if (!reached.contains(owner) && (key == null || !deliveredKeys.contains(key))) {
                lines.add(new OwnerLine(owner, (String) r[1], r[2] == null ? "" : (String) r[2], key));
            }
        }
        return lines;
    }

    /** Owners reached on e-mail, SMS or WeChat, or who opened the notice in their inbox. */
    private Set<Long> reachedElectronically(long decisionId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT n.recipient_id FROM notification n "
                        + "WHERE n.kind = 'ASSEMBLY_NOTICE' AND n.subject_type = ?1 AND n.subject_id = ?2 "
                        + "AND n.recipient_type = 'OWNER' AND (n.read_at IS NOT NULL OR EXISTS (SELECT 1 FROM delivery d "
                        + "WHERE d.notification_id = n.id AND d.channel IN ('EMAIL', 'SMS', 'WECHAT') "
                        + "AND d.state IN ('SENT', 'DELIVERED')))")
                .setParameter(1, SUBJECT).setParameter(2, String.valueOf(decisionId)).getResultList();
        Set<Long> owners = new HashSet<>();
        ids.forEach(n -> owners.add(n.longValue()));
        return owners;
    }

    private Map<Long, String> voterKeys(long decisionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT voter_key, owner_ids FROM assembly_roster_voter WHERE decision_id = ?1")
                .setParameter(1, decisionId).getResultList();
        Map<Long, String> keys = new HashMap<>(rows.size() * 2);
        for (Object[] r : rows) {
            for (String id : ((String) r[1]).split(",")) {
                if (!id.isBlank()) {
                    keys.putIfAbsent(Long.parseLong(id.strip()), (String) r[0]);
                }
            }
        }
        return keys;
    }

    private long count(String sql, long decisionId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, SUBJECT).setParameter(2, String.valueOf(decisionId))
                .getSingleResult()).longValue();
    }
}
