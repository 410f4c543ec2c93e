package cn.shangliang.assembly;

import java.time.Instant;

/**
 * A cast ballot's receipt.
 *
 * @param changeableUntil until when the owner may still change or withdraw it
 */
public record ReceiptView(long decisionId, String receipt, String choice, Instant castAt, Instant changeableUntil) {
}
