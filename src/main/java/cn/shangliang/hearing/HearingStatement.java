package cn.shangliang.hearing;

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
import java.util.List;

/** One statement made at the session, as the recorder wrote it down: together they are the record. */
@Entity
@Table(name = "hearing_statement")
public class HearingStatement extends PanacheEntityBase {

    @Version public long version;
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long hearingId;
    public int seq;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public SessionStage stage;
    public Long applicationId;
    @Column(nullable = false) public String speaker;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public StatementPosition position;
    @Column(nullable = false) public String content;
    @Column(nullable = false) public Instant recordedAt;
    @Column(nullable = false) public String recordedBy;

    public static List<HearingStatement> ofHearing(long hearingId) {
        return list("hearingId = ?1 order by seq", hearingId);
    }
}
