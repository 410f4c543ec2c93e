package cn.shangliang.ownercard;

import cn.shangliang.common.db.RetryOnConflict;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.Passwords;
import cn.shangliang.identity.TokenIssuer;

import cn.shangliang.common.text.Typed;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Owner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.shangliang.common.throttle.ClientAddress;
import cn.shangliang.common.throttle.Throttle;
import cn.shangliang.common.throttle.ThrottleLimit;
import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.notification.Channel;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.RecipientType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Owners log in with card number and PIN, and change the PIN. The slow bcrypt check runs outside any lock;
 * the outcome is then recorded under the card's row lock in its own transaction (a failure must be counted
 * even though the login is refused), so parallel wrong PINs are counted one by one and lock the card once.
 */
@ApplicationScoped
public class CardLogin {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TemplateExtensions.ZONE);

    @Inject
    TokenIssuer tokens;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Throttle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    /** A successful login: the token, and whether the owner must first choose their own PIN. */
    public record CardSession(TokenIssuer.IssuedToken token, boolean pinChangeRequired) {
    }

    private record Candidate(long id, OwnerCardStatus status, String pinHash, Instant lockedUntil) {
    }

    private record Granted(long cardId, long estateId, long ownerId, String ownerName, boolean pinChangeRequired) {
    }

    @RetryOnConflict
    public CardSession login(String typedNumber, String typedPin) {
        String number = CardNumbers.normalize(typedNumber);
        String pin = Typed.normalize(typedPin);
        List<DomainException.FieldError> missing = new ArrayList<>();
        if (number == null) {
            missing.add(DomainException.FieldError.of("number", "field.card.number"));
        }
        if (pin == null || pin.isEmpty()) {
            missing.add(DomainException.FieldError.of("pin", "field.card.pin"));
        }
        if (!missing.isEmpty()) {
            throw DomainException.badInputAt("credentials-missing", "credentials-missing.card", missing);
        }
        if (!CardNumbers.wellFormed(number)) {
            // named by its field, so the login page shows it beside the number
            throw DomainException.badInputAt("card-number-invalid", "card-number-invalid",
                    List.of(DomainException.FieldError.of("number", "card-number-invalid")));
        }
        Optional<String> client = clientAddress.current();
        client.flatMap(c -> throttle.waitBefore(ThrottleLimit.CARD_CLIENT, c)).ifPresent(wait -> {
            throw DomainException.tooManyAttempts(wait);
        });
        Candidate candidate = QuarkusTransaction.requiringNew().call(() -> OwnerCard.byNumber(number)
                .map(c -> new Candidate(c.id, c.status, c.pinHash, c.lockedUntil)).orElse(null));
        if (candidate == null) {
            Passwords.matches(pin, Passwords.dummyHash());
            throw failedWithoutCard(number, client);
        }
        String actor = CurrentUser.CARD_PREFIX + candidate.id();
        Instant now = clock.instant();
        boolean lockedNow = candidate.status() == OwnerCardStatus.LOCKED && !CardLock.over(candidate.lockedUntil(), now);
        if (lockedNow) {
            // no PIN check at all while locked: a locked card refuses even the right PIN
            throwAfterCommit(() -> refused(candidate.id(), candidate.status(), actor));
        }
        boolean pinRight = Passwords.matches(pin, candidate.pinHash());
        if (!pinRight && candidate.status() != OwnerCardStatus.LOCKED && !OwnerCardWorkflow.usable(candidate.status())) {
            // a lost or ended card answers like an unknown number unless the PIN is right
            throw failedWithoutCard(number, client);
        }
        if (!pinRight) {
            client.ifPresent(c -> throttle.count(ThrottleLimit.CARD_CLIENT, c));
            throwAfterCommit(() -> recordFailure(candidate.id(), actor, CardLogin::badCredentials));
        }
        Granted[] granted = new Granted[1];
        throwAfterCommit(() -> {
            OwnerCard card = OwnerCard.lockedById(candidate.id()).orElseThrow();
            reopenIfLockOver(card, actor);
            if (!OwnerCardWorkflow.usable(card.status)) {
                return refused(card.id, card.status, actor);
            }
            card.failedAttempts = 0;
            card.lockCount = 0;
            audit.record(actor, "card.login", "owner_card", card.id, "");
            Owner owner = Owner.findById(card.ownerId);
            granted[0] = new Granted(card.id, card.estateId, card.ownerId, owner.name, card.pinChangeRequired);
            return null;
        });
        Granted g = granted[0];
        TokenIssuer.IssuedToken token = tokens.issue(CurrentUser.CARD_PREFIX + g.cardId(), g.ownerName(),
                Set.of(Role.OWNER.name()), Map.of("estate", g.estateId(), "owner", g.ownerId()));
        return new CardSession(token, g.pinChangeRequired());
    }

    /**
     * A wrong PIN for a number that has no usable card: counted per number like a real card's, so the answer
     * (attempts left, then "locked until") is the same for an unknown number and a real one.
     */
    private DomainException failedWithoutCard(String number, Optional<String> client) {
        client.ifPresent(c -> throttle.count(ThrottleLimit.CARD_CLIENT, c));
        Optional<Duration> wait = throttle.count(ThrottleLimit.CARD_NUMBER, number)
                .or(() -> throttle.waitBefore(ThrottleLimit.CARD_NUMBER, number));
        return wait.map(w -> lockedUntil(clock.instant().plus(w)))
                .orElseGet(() -> badCredentials((int) throttle.remaining(ThrottleLimit.CARD_NUMBER, number)));
    }

    /** The logged-in owner's own card. */
    @Transactional
    public CardView ownCard() {
        OwnerCard card = OwnerCard.<OwnerCard>findByIdOptional(requireCardId())
                .orElseThrow(() -> DomainException.notFound("not-found.card"));
        return CardView.of(card, Owner.findById(card.ownerId));
    }

    /** The owner replaces their PIN (required after issue); a wrong current PIN counts as a failed attempt. */
    @RetryOnConflict
    public void changePin(String typedCurrent, String typedNew, String typedConfirmation) {
        String currentPin = Typed.normalize(typedCurrent);
        String newPin = Typed.normalize(typedNew);
        String confirmation = Typed.normalize(typedConfirmation);
        long cardId = requireCardId();
        List<DomainException.FieldError> errors = new ArrayList<>();
        if (currentPin == null || currentPin.isEmpty()) {
            errors.add(new DomainException.FieldError("currentPin", "field.card.current-pin"));
        }
        PinRules.problem(newPin).ifPresent(p -> errors.add(new DomainException.FieldError("newPin", p)));
        if (confirmation != null && !confirmation.equals(newPin)) {
            errors.add(new DomainException.FieldError("confirmPin", "field.card.pin-mismatch"));
        }
        if (errors.isEmpty() && newPin.equals(currentPin)) {
            errors.add(new DomainException.FieldError("newPin", "field.card.pin-same"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        String actor = user.auditName();
        String currentHash = QuarkusTransaction.requiringNew().call(() -> OwnerCard.<OwnerCard>findByIdOptional(cardId)
                .map(c -> c.pinHash).orElseThrow(() -> DomainException.notFound("not-found.card")));
        if (!Passwords.matches(currentPin, currentHash)) {
            throwAfterCommit(() -> recordFailure(cardId, actor, remaining -> DomainException.invalid(List.of(
                    DomainException.FieldError.of("currentPin", "field.card.pin-wrong", remaining)))));
        }
        String newHash = Passwords.hash(newPin);
        throwAfterCommit(() -> {
            OwnerCard card = OwnerCard.lockedById(cardId).orElseThrow();
            if (!OwnerCardWorkflow.usable(card.status)) {
                return refused(card.id, card.status, actor);
            }
            card.pinHash = newHash;
            card.pinChangeRequired = false;
            card.failedAttempts = 0;
            audit.record(actor, "card.pin-change", "owner_card", card.id, "");
            return null;
        });
    }

    private long requireCardId() {
        return user.cardId().orElseThrow(() -> DomainException.forbidden("forbidden.card-required"));
    }

    /**
     * Runs {@code step} in its own transaction and commits what it wrote (counters, audit entries) even when it
     * answers with a refusal, which is then thrown.
     */
    private static void throwAfterCommit(Supplier<DomainException> step) {
        DomainException refusal = QuarkusTransaction.requiringNew().call(step::get);
        if (refusal != null) {
            throw refusal;
        }
    }

    /**
     * Counts a wrong PIN under the row lock; the fifth in a row locks the card for a while that grows with each
     * lock, and tells the owner. Returns the refusal.
     */
    private DomainException recordFailure(long cardId, String actor, IntFunction<DomainException> wrongPin) {
        OwnerCard card = OwnerCard.lockedById(cardId).orElseThrow();
        reopenIfLockOver(card, actor);
        if (!OwnerCardWorkflow.usable(card.status)) {
            return refused(card.id, card.status, actor);
        }
        card.failedAttempts++;
        audit.record(actor, "card.login-failed", "owner_card", card.id,
                "attempt " + card.failedAttempts + "/" + OwnerCard.MAX_FAILED_ATTEMPTS);
        if (card.failedAttempts < OwnerCard.MAX_FAILED_ATTEMPTS) {
            return wrongPin.apply(OwnerCard.MAX_FAILED_ATTEMPTS - card.failedAttempts);
        }
        Instant now = clock.instant();
        card.status = OwnerCardStatus.LOCKED;
        card.lockCount++;
        card.lockedUntil = now.plus(CardLock.length(card.lockCount));
        card.lastLockedAt = now;
        audit.record(actor, "card.lock", "owner_card", card.id,
                OwnerCard.MAX_FAILED_ATTEMPTS + " wrong PINs in a row; until " + card.lockedUntil);
        notifications.notify(NotificationKind.CARD_LOCKED, RecipientType.OWNER_CARD, card.id, "owner_card", card.id,
                EnumSet.of(Channel.IN_APP));
        return lockedUntil(card.lockedUntil);
    }

    /** A lock whose time is over ends at the next attempt (the card's row is locked by the caller). */
    private void reopenIfLockOver(OwnerCard card, String actor) {
        if (card.status == OwnerCardStatus.LOCKED && CardLock.over(card.lockedUntil, clock.instant())) {
            card.status = OwnerCardStatus.ACTIVE;
            card.failedAttempts = 0;
            card.lockedUntil = null;
            audit.record(actor, "card.lock-over", "owner_card", card.id, "");
        }
    }

    /** A card that may not be used was tried: worth an audit entry (someone may be using a lost card). */
    private DomainException refused(long cardId, OwnerCardStatus status, String actor) {
        audit.record(actor, "card.login-refused", "owner_card", cardId, "card is " + status);
        if (status == OwnerCardStatus.LOCKED) {
            return lockedUntil(OwnerCard.<OwnerCard>findByIdOptional(cardId).map(c -> c.lockedUntil)
                    .orElse(null));
        }
        return refusal(status);
    }

    static DomainException refusal(OwnerCardStatus status) {
        return switch (status) {
            case LOCKED -> DomainException.of(403, "card-locked", OwnerCard.MAX_FAILED_ATTEMPTS);
            case LOST -> DomainException.of(403, "card-lost");
            default -> DomainException.of(403, "card-revoked");
        };
    }

    /** Locked by wrong PINs: says until when (Beijing time), the same for a real and an unknown number. */
    private static DomainException lockedUntil(Instant until) {
        if (until == null) {
            return refusal(OwnerCardStatus.LOCKED);
        }
        String at = UNTIL.format(until.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)));
        return DomainException.withCode(403, "card-locked", "card-locked-until", OwnerCard.MAX_FAILED_ATTEMPTS, at);
    }

    private static DomainException badCredentials(int remaining) {
        return DomainException.withCode(401, "bad-credentials", "bad-credentials.card", remaining);
    }
}
