package cn.shangliang.assembly;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Every online cast, change and withdrawal, append-only: the record behind each receipt code. */
@Entity
@Table(name = "assembly_ballot_history")
public class BallotHistory extends OnlineBallotRow {

    /** What the audit entry's commitment binds: which ballot, of whom, when, and its choice ("-" for a withdrawal). */
    String[] commitmentFields() {
        return new String[]{"online", String.valueOf(decisionId), String.valueOf(id), voterKey, receipt,
                castAt.toString(), choice == null ? "-" : choice};
    }
}
