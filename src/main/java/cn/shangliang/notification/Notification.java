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

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public NotificationKind kind;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public RecipientType recipientType;
    public long recipientId;
    @Column(nullable = false) public String subjectType;
    @Column(nullable = false) public String subjectId;
    @Column(nullable = false) public Instant createdAt;
    public Instant readAt;

    /** The community the message belongs to (SMS cost cap, staff views); null when it belongs to none. */
    public Long communityId;

    /** The page the message points to, a path of this site. */
    public String link;

    /** The text's arguments as a JSON array of strings (see {@link NotificationTexts}). */
    public String args;
    @Version public long version;
}
