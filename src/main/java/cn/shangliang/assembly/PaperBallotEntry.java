package cn.shangliang.assembly;

import jakarta.persistence.Version;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** 纸质票: one staff member's entry of a signed paper ballot. Wrong entries are voided, never deleted. */
@Entity
@Table(name = "assembly_paper_entry")
public class PaperBallotEntry extends VoterRow {

    @Version public long version;
    @Column(nullable = false) public String sheetNo;
    @Convert(converter = SealedChoice.class) @Column(nullable = false) public String choice;
    @Column(nullable = false) public String staffAccount;
    @Column(nullable = false) public Instant enteredAt;
    public Instant voidedAt;
    public String voidedBy;
    public String voidReason;
}
