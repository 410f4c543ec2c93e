package cn.shangliang.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** What an online ballot and each step of its history hold: the sealed choice, its receipt, when, by which card. */
@MappedSuperclass
public abstract class OnlineBallotRow extends VoterRow {

    /** The encoded choice ({@link ChoiceCodec}); null after a withdrawal. */
    @Convert(converter = SealedChoice.class) public String choice;
    @Column(nullable = false) public String receipt;
    @Column(nullable = false) public Instant castAt;
    public long ownerId;
    public long cardId;
}
