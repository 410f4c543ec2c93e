package cn.shangliang.ownercard;

import io.quarkus.security.AuthenticationException;

/**
 * A card token whose card may no longer act (locked, lost, revoked, replaced, or not the card the token
 * names): the token is refused as if it had expired, on every request, not just at login.
 */
public class CardNotUsableException extends SecurityException implements AuthenticationException {

    private final OwnerCardStatus status;

    public CardNotUsableException(OwnerCardStatus status) {
        super("owner card is " + status);
        this.status = status;
    }

    public OwnerCardStatus status() {
        return status;
    }
}
