package cn.shangliang.assembly;

import java.util.Map;

/** What staff submit for proxies, paper ballots and deliveries. Voters are named by owner id or voter key. */
public final class StaffBallotRequests {

    private StaffBallotRequests() {
    }

    /**
     * @param proxyIdNumber the proxy's identity number: kept only as a hash (for the cap) and masked
     * @param instruction   the instructed choice, or null when the proxy may choose
     */
    public record MandateRequest(Long ownerId, String voterKey, String proxyName, String proxyIdNumber,
                                 String instruction, Map<Long, String> instructions) {
    }

    public record PaperRequest(String sheetNo, Long ownerId, String voterKey, String choice, Map<Long, String> choices) {
    }

    public record VoidRequest(String reason) {
    }

    public record DeliveryRequest(Long ownerId, String voterKey, String method) {
    }

    public record MandateView(long id, String voterKey, String proxyName, String proxyMasked, String instruction,
                              java.time.Instant registeredAt) {
    }

    public record PaperEntryView(long id, String sheetNo, String voterKey, String choice, String staffAccount,
                                 java.time.Instant enteredAt) {
    }
}
