package cn.shangliang.assembly.rules;

import java.util.Objects;

/**
 * One staff member's entry of a signed paper ballot. Every sheet is entered twice, by two different
 * staff accounts, and counts only when the entries agree.
 *
 * @param sheetId the serial number printed on the paper ballot
 */
public record PaperEntry<T>(String sheetId, String voterKey, String staffAccount, T choice) {

    public PaperEntry {
        Objects.requireNonNull(sheetId, "sheetId");
        Objects.requireNonNull(voterKey, "voterKey");
        Objects.requireNonNull(staffAccount, "staffAccount");
        Objects.requireNonNull(choice, "choice");
    }
}
