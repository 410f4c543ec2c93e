package cn.shangliang.budget.rules;

import java.math.BigDecimal;

/**
 * Numbers as Pabulib writes them. Stricter than {@code new BigDecimal(String)}: a cost written "1e5" or
 * "1,5" is a data error to report, not something to guess at.
 */
final class PabulibNumbers {

    private PabulibNumbers() {
    }

    /** A plain non-negative decimal such as "138644" or "2158427.19"; no sign, exponent or decimal comma. */
    static BigDecimal decimal(String value, String what, int line) {
        int i = 0;
        int digits = 0;
        while (i < value.length() && isDigit(value.charAt(i))) {
            i++;
            digits++;
        }
        if (digits > 0 && i < value.length() && value.charAt(i) == '.') {
            int fraction = ++i;
            while (i < value.length() && isDigit(value.charAt(i))) {
                i++;
            }
            digits = i > fraction ? digits : 0;
        }
        if (digits == 0 || i != value.length()) {
            throw new PabulibFormatException(line, what + " '" + value + "' is not a non-negative decimal number");
        }
        return new BigDecimal(value);
    }

    static long integer(String value, String what, int line) {
        boolean digitsOnly = !value.isEmpty();
        for (int i = 0; i < value.length() && digitsOnly; i++) {
            digitsOnly = isDigit(value.charAt(i));
        }
        if (!digitsOnly) {
            throw new PabulibFormatException(line, what + " '" + value + "' is not a non-negative whole number");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PabulibFormatException(line, what + " '" + value + "' is too large");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
