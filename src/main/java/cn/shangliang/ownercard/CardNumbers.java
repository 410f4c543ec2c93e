package cn.shangliang.ownercard;

import cn.shangliang.common.text.Typed;

import java.security.SecureRandom;

/**
 * Card numbers: 11 random digits and a Luhn check digit, shown in groups of four ("6217 0031 2345 6789"
 * style, here 12 digits). Random, so numbers say nothing about owners and cannot be enumerated; the check
 * digit turns most typing mistakes into a clear "check the number" instead of a failed PIN attempt.
 */
public final class CardNumbers {

    public static final int LENGTH = 12;

    private CardNumbers() {
    }

    public static String random(SecureRandom random) {
        StringBuilder digits = new StringBuilder(LENGTH);
        digits.append(1 + random.nextInt(9));
        while (digits.length() < LENGTH - 1) {
            digits.append(random.nextInt(10));
        }
        return digits.append(checkDigit(digits)).toString();
    }

    /** The digits of what a person typed (spaces and dashes dropped), or null when there is nothing. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = Typed.normalize(typed).replaceAll("[\\s\\-]", "");
        return stripped.isEmpty() ? null : stripped;
    }

    public static boolean wellFormed(String number) {
        return number != null && number.length() == LENGTH && number.chars().allMatch(c -> c >= '0' && c <= '9')
                && checkDigit(number.substring(0, LENGTH - 1)) == number.charAt(LENGTH - 1) - '0';
    }

    public static String grouped(String number) {
        return number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8);
    }

    /** The last four digits, for audit entries and lists that should not repeat the whole number. */
    public static String tail(String number) {
        return "…" + number.substring(number.length() - 4);
    }

    static int checkDigit(CharSequence payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
