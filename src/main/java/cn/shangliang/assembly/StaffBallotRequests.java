package cn.shangliang.assembly;

import cn.shangliang.common.web.FieldPrefix;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** What staff submit for proxies, paper ballots and deliveries. Voters are named by owner id or voter key. */
public final class StaffBallotRequests {

    private StaffBallotRequests() {
    }

    /**
     * @param proxyIdNumber the proxy's identity number: kept only as a hash (for the cap) and masked
     * @param instruction   the instructed choice, or null when the proxy may choose
     */
    public record MandateRequest(Long ownerId, String voterKey,
                                 @NotBlank(message = "field.assembly.proxy") String proxyName,
                                 @NotBlank(message = "field.assembly.proxy")
                                 @Size(min = 6, message = "field.assembly.proxy") String proxyIdNumber,
                                 String instruction, Map<Long, String> instructions) {
    }

    /** @param choices for an election, by candidate id; a page sends one field a candidate, {@code choice_<candidate id>} */
    public record PaperRequest(@NotBlank(message = "field.assembly.paper-number")
                               @Size(max = 40, message = "field.assembly.paper-number") String sheetNo,
                               Long ownerId, String voterKey, String choice,
                               @FieldPrefix("choice_") Map<Long, String> choices) {
    }

    public record VoidRequest(@NotBlank(message = "field.assembly.void-reason") String reason) {
    }

    public record DeliveryRequest(Long ownerId, String voterKey,
                                  @NotBlank(message = "field.assembly.delivery") String method) {
    }

    /** A mandate as staff see it later: whether it instructs a choice, never which (ballot-privacy.md). */
    public record MandateView(long id, String voterKey, String proxyName, String proxyMasked, boolean instructed,
                              java.time.Instant registeredAt) {
    }

    /**
     * A paper entry as staff see it: whether the sheet's entries agree, never the choice entered, so the second
     * entry is made blind and nobody reads a named choice back off the screen.
     */
    public record PaperEntryView(long id, String sheetNo, String voterKey, String staffAccount,
                                 java.time.Instant enteredAt, SheetState sheet) {
    }

    /** How a sheet's standing entries compare. */
    public enum SheetState { SINGLE, MATCH, MISMATCH }
}
