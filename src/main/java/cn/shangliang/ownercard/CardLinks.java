package cn.shangliang.ownercard;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Estate;
import cn.shangliang.community.Owner;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.Sessions;
import cn.shangliang.identity.TokenIssuer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Linking an owner's card to one's own account, and starting a card session from the account without the PIN.
 * Linking proves possession through the card login itself, so the PIN's failure count, lock and throttling
 * apply unchanged; the card, not the account, stays the voting identity.
 */
@ApplicationScoped
public class CardLinks {

    @Inject
    CardLogin cardLogin;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    TokenIssuer tokens;

    @Inject
    Sessions sessions;

    @Inject
    JWTParser jwt;

    @Inject
    Clock clock;

    /** A linked card as the account's owner sees it. */
    public record LinkedCard(long cardId, String number, String estateName, String ownerName,
                             OwnerCardStatus status, boolean usable, Instant linkedAt) {
    }

    @Transactional
    public List<LinkedCard> mine() {
        return CardLink.ofAccount(accountId()).stream().map(CardLinks::view).toList();
    }

    /** What an account holder types to link a card: its number and its PIN. */
    public record LinkRequest(@NotBlank(message = "field.card.number") String number,
                              @NotBlank(message = "field.card.pin") String pin) {
    }

    /** Links the card whose number and PIN are typed; linking it again to the same account changes nothing. */
    public LinkedCard link(@Valid @NotNull LinkRequest request) {
        long accountId = accountId();
        CardLogin.CardSession proof = proveHolding(request);
        long cardId = endProofSession(proof);
        return QuarkusTransaction.requiringNew().call(() -> {
            OwnerCard card = OwnerCard.lockedById(cardId).orElseThrow();
            CardLink link = CardLink.findById(card.id);
            if (link != null && link.accountId != accountId) {
                throw DomainException.conflict("card-link-taken");
            }
            if (link == null) {
                link = new CardLink();
                link.cardId = card.id;
                link.accountId = accountId;
                link.linkedAt = clock.instant();
                link.persist();
                audit.record(user.auditName(), "card.link", "owner_card", card.id, CurrentUser.ACCOUNT_PREFIX + accountId);
            }
            return view(link);
        });
    }

    /** A card session for a linked, usable card; the owner still changes a first-issue PIN before voting. */
    @Transactional
    public CardLogin.CardSession use(long cardId) {
        long accountId = accountId();
        CardLink.of(accountId, cardId).orElseThrow(() -> DomainException.notFound("not-found.card-link"));
        OwnerCard card = OwnerCard.lockedById(cardId).orElseThrow();
        if (!OwnerCardWorkflow.usable(card.status)) {
            throw CardLogin.refusal(card.status);
        }
        audit.record(user.auditName(), "card.login-linked", "owner_card", card.id, "");
        Owner owner = Owner.findById(card.ownerId);
        TokenIssuer.IssuedToken token = tokens.issue(CurrentUser.CARD_PREFIX + card.id, owner.name,
                Set.of(Role.OWNER.name()), Map.of("estate", card.estateId, "owner", card.ownerId));
        return new CardLogin.CardSession(token, card.pinChangeRequired);
    }

    @Transactional
    public void unlink(long cardId) {
        long accountId = accountId();
        CardLink link = CardLink.of(accountId, cardId)
                .orElseThrow(() -> DomainException.notFound("not-found.card-link"));
        link.delete();
        audit.record(user.auditName(), "card.unlink", "owner_card", cardId, CurrentUser.ACCOUNT_PREFIX + accountId);
    }

    /** Owners' cards don't link cards: only an account holder does. */
    private long accountId() {
        return user.accountId().orElseThrow(() -> DomainException.forbidden("forbidden.account-required"));
    }

    /**
     * The card login with its failure count and lock; a wrong number or PIN is a wrong field of this form
     * (400), not a failed login of the account holder, who stays logged in.
     */
    private CardLogin.CardSession proveHolding(LinkRequest request) {
        try {
            return cardLogin.login(request.number(), request.pin());
        } catch (DomainException e) {
            if (e.status() != 401) {
                throw e;
            }
            throw DomainException.invalid(List.of(DomainException.FieldError.of("pin", "field.card.link-wrong")));
        }
    }

    /** The login that proved possession opened a card session nobody will use: end it at once. */
    private long endProofSession(CardLogin.CardSession proof) {
        try {
            var claims = jwt.parse(proof.token().token());
            sessions.end(Long.parseLong(claims.getClaim(CurrentUser.SESSION_CLAIM).toString()), user.auditName());
            return Long.parseLong(claims.getSubject().substring(CurrentUser.CARD_PREFIX.length()));
        } catch (ParseException e) {
            throw new IllegalStateException("a token just issued does not parse", e);
        }
    }

    private static LinkedCard view(CardLink link) {
        OwnerCard card = OwnerCard.findById(link.cardId);
        Owner owner = Owner.findById(card.ownerId);
        Estate estate = Estate.findById(card.estateId);
        return new LinkedCard(card.id, CardNumbers.grouped(card.number), estate.name, owner.name, card.status,
                OwnerCardWorkflow.usable(card.status), link.linkedAt);
    }
}
