package cn.shangliang.assembly.rules;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Receipt codes an owner gets for a ballot to check later that it was counted, e.g. {@code 7KQ2-M9XD-4T1B-ZR8H}:
 * 80 random bits in Crockford base32 (no I, L, O, U, so nothing is misread aloud), in groups of four.
 */
public final class ReceiptCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");

    private ReceiptCode() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    /**
     * What an owner typed or read out, in canonical form: upper case, grouped, and Crockford's
     * look-alikes mapped (O to 0, I and L to 1). Returns null when it cannot be a receipt code.
     */
    public static String normalize(String typed) {
        String chars = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (chars.length() != GROUPS * GROUP_LENGTH) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                code.append('-');
            }
            code.append(chars, g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH);
        }
        return isWellFormed(code.toString()) ? code.toString() : null;
    }
}
