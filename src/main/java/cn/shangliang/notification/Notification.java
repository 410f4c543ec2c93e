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

/** One thing a recipient should hear about; its text is rendered per channel from kind and subject. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type", nullable = false)
    public RecipientType recipientType;

    @Column(name = "recipient_id", nullable = false)
    public long recipientId;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** The community the message belongs to (SMS cost cap, staff views); null when it belongs to none. */
    @Column(name = "community_id")
    public Long communityId;

    /** The page the message points to, a path of this site. */
    public String link;

    /** The text's arguments as a JSON array of strings (see {@link NotificationTexts}). */
    public String args;

    @Version
    public long version;
}
