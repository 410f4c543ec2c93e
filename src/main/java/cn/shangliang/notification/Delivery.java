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

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    public long notificationId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public Channel channel;
    @Column(nullable = false) public String idempotencyKey;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public DeliveryState state;
    public int attempts;
    @Column(nullable = false) public Instant nextAttemptAt;
    public Instant sentAt;
    public String lastError;

    /** The provider's id of the accepted message (SMS BizId, WeChat msgid, e-mail Message-ID). */
    public String providerRef;

    /**
     * Numbers the sends whose outcome we know. A try that ended without an answer (the provider may have accepted
     * it) keeps the number, so the next try repeats the same request and the provider can recognise it.
     */
    public int sendSeq;

    /** When the provider reported the outcome (a delivery receipt): DELIVERED, or FAILED with its reason. */
    public Instant receiptAt;
    @Version public long version;
}
