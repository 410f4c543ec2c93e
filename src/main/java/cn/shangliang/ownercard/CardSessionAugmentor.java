package cn.shangliang.ownercard;

import cn.shangliang.identity.Claims;

import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.SessionGuard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;

/**
 * Checks a card token's card on every authenticated request, so a card marked lost, revoked, replaced or
 * locked stops at once although its JWT is still valid. A card that still has its initial PIN is marked, and
 * {@link CardSessionFilter} sends its owner to change the PIN first.
 */
@ApplicationScoped
public class CardSessionAugmentor implements SecurityIdentityAugmentor {

    /** Identity attribute: this card must change its initial PIN before doing anything else. */
    public static final String PIN_CHANGE_REQUIRED = "shangliang.card.pin-change-required";

    private record CardState(OwnerCardStatus status, long estateId, long ownerId, boolean pinChangeRequired) {
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        return SessionGuard.checkedInTransaction(identity, attributes) ? Uni.createFrom().item(identity)
                : augment(identity, context);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getSubject() == null || !jwt.getSubject().startsWith(CurrentUser.CARD_PREFIX)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> check(identity, jwt));
    }

    private static SecurityIdentity check(SecurityIdentity identity, JsonWebToken jwt) {
        long cardId;
        try {
            cardId = Long.parseLong(jwt.getSubject().substring(CurrentUser.CARD_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new CardNotUsableException(OwnerCardStatus.REVOKED);
        }
        CardState state = QuarkusTransaction.requiringNew().call(() -> OwnerCard.<OwnerCard>findByIdOptional(cardId)
                .map(c -> new CardState(c.status, c.estateId, c.ownerId, c.pinChangeRequired)).orElse(null));
        if (state == null) {
            throw new CardNotUsableException(OwnerCardStatus.REVOKED);
        }
        requireUsable(Claims.longClaim(jwt, "estate"), Claims.longClaim(jwt, "owner"), state.status(), state.estateId(),
                state.ownerId());
        if (!state.pinChangeRequired()) {
            return identity;
        }
        return QuarkusSecurityIdentity.builder(identity).addAttribute(PIN_CHANGE_REQUIRED, Boolean.TRUE).build();
    }

    /**
     * Refuses a card token whose card row (status, estate, owner; null status for no row) no longer backs it: the
     * per-request card check on the token's estate and owner claims, shared with the cast that makes it inside its own transaction.
     */
    public static void requireUsable(Long estateClaim, Long ownerClaim, OwnerCardStatus status, long estateId,
                                     long ownerId) {
        if (status == null || !sameValue(estateClaim, estateId) || !sameValue(ownerClaim, ownerId)) {
            throw new CardNotUsableException(OwnerCardStatus.REVOKED);
        }
        if (!OwnerCardWorkflow.usable(status)) {
            throw new CardNotUsableException(status);
        }
    }

    private static boolean sameValue(Long claim, long value) {
        return claim != null && claim == value;
    }
}
