package cn.shangliang.common.item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What hangs on one item of any feature (a comment, an attachment): the item it is on, with the item's
 * community copied in so lists and moderation stay within a community without asking the feature.
 */
@MappedSuperclass
public abstract class OnItem extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ItemKind subjectKind;
    @Column(nullable = false) public Long subjectId;
    @Column(nullable = false) public Long communityId;
    @Column(nullable = false) public Instant createdAt;
    @Version public long version;

    /** Puts it on the item, made at the given time. */
    public void on(Item item, Instant at) {
        subjectKind = item.kind();
        subjectId = item.id();
        communityId = item.communityId();
        createdAt = at;
    }
}
