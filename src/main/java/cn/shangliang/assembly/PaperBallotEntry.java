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

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "sheet_no", nullable = false)
    public String sheetNo;

    @Convert(converter = SealedChoice.class)
    @Column(nullable = false)
    public String choice;

    @Column(name = "staff_account", nullable = false)
    public String staffAccount;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "voided_by")
    public String voidedBy;

    @Column(name = "void_reason")
    public String voidReason;
}
