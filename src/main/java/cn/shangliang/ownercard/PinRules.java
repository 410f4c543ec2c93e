package cn.shangliang.ownercard;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Card PINs: six digits, like a bank card, because many owners are elderly and use keypads. The first PIN is
 * random and printed once; the owner must replace it, and not with one that is easy to guess.
 */
public final class PinRules {

    public static final int LENGTH = 6;

    private PinRules() {
    }

    public static String random(SecureRandom random) {
        String pin;
        do {
            pin = String.format("%06d", random.nextInt(1_000_000));
        } while (problem(pin).isPresent());
        return pin;
    }

    /** Why {@code pin} may not be chosen, in words for the owner; empty when it is fine. */
    public static Optional<String> problem(String pin) {
        if (pin == null || pin.length() != LENGTH || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("field.card.pin-digits");
        }
        if (pin.chars().distinct().count() == 1) {
            return Optional.of("field.card.pin-same-digits");
        }
        if (stepsBy(pin, 1) || stepsBy(pin, -1)) {
            return Optional.of("field.card.pin-sequence");
        }
        return Optional.empty();
    }

    private static boolean stepsBy(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if (pin.charAt(i) - pin.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
