package cn.shangliang.assembly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * 选票: a voter's current online ballot. One row per (decision, voter) by a unique key; each cast, change or
 * withdrawal also appends a {@link BallotHistory} row, whose id is the {@link #sequence}.
 */
@Entity
@Table(name = "assembly_ballot")
public class Ballot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "decision_id", nullable = false)
    public Long decisionId;

    @Column(name = "voter_key", nullable = false)
    public String voterKey;

    /** The encoded choice ({@link ChoiceCodec}); null after a withdrawal. */
    public String choice;

    @Column(nullable = false)
    public String receipt;

    @Column(nullable = false)
    public long sequence;

    @Column(name = "first_cast_at", nullable = false)
    public Instant firstCastAt;

    @Column(name = "cast_at", nullable = false)
    public Instant castAt;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "card_id", nullable = false)
    public long cardId;

    @Version
    @Column(nullable = false)
    public long version;
}
