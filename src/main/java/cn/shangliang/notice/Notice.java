package cn.shangliang.notice;

import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An item on the public notice board (公示栏). Published items are never edited. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Version public long version;
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    public Long communityId;
    public Long estateId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public NoticeCategory category;
    @Column(nullable = false) public String title;
    @Column(nullable = false) public String body;
    public String sourceType;
    public Long sourceId;
    public String link;
    @Column(nullable = false) public Instant publishedAt;
    public Instant endsAt;
    @Column(nullable = false) public String publishedBy;

    /** The notice that corrects this one (e.g. a recounted result); this one stays on the board as it was. */
    public Long supersededBy;
}
