package cn.shangliang.ownercard;

import java.time.Instant;

/** What is printed for the owner when a card is issued: the only time the initial PIN is ever shown. */
public record CardSlip(long cardId, String number, String initialPin, long ownerId, String ownerName,
                       String estateName, Instant issuedAt) {
}
