package cn.shangliang.assembly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Every online cast, change and withdrawal, append-only: the record behind each receipt code. */
@Entity
@Table(name = "assembly_ballot_history")
public class BallotHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "decision_id", nullable = false)
    public Long decisionId;

    @Column(name = "voter_key", nullable = false)
    public String voterKey;

    @Convert(converter = SealedChoice.class)
    public String choice;

    @Column(nullable = false)
    public String receipt;

    @Column(name = "cast_at", nullable = false)
    public Instant castAt;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "card_id", nullable = false)
    public long cardId;

    /** What the audit entry's commitment binds: which ballot, of whom, when, and its choice ("-" for a withdrawal). */
    String[] commitmentFields() {
        return new String[]{"online", String.valueOf(decisionId), String.valueOf(id), voterKey, receipt,
                castAt.toString(), choice == null ? "-" : choice};
    }
}
