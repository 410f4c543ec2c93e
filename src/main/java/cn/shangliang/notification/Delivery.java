package cn.shangliang.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One notification on one channel; the idempotency key goes to the provider so a retried send is not doubled. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "notification_id", nullable = false)
    public long notificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryState state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;

    /** The provider's id of the accepted message (SMS BizId, WeChat msgid, e-mail Message-ID). */
    @Column(name = "provider_ref")
    public String providerRef;

    /**
     * Numbers the sends whose outcome we know. A try that ended without an answer (the provider may have accepted
     * it) keeps the number, so the next try repeats the same request and the provider can recognise it.
     */
    @Column(name = "send_seq", nullable = false)
    public int sendSeq;

    /** When the provider reported the outcome (a delivery receipt): DELIVERED, or FAILED with its reason. */
    @Column(name = "receipt_at")
    public Instant receiptAt;

    @Version
    public long version;
}
