package cn.shangliang.community;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.text.Typed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks and masks identity numbers: the 18-digit resident identity number of a person (GB 11643-1999) and
 * the 18-character unified social credit code of an organization (GB 32100-2015). Pure: no storage, no logs.
 */
public final class IdentityNumber {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IdentityNumber() {
    }

    /** Upper case without spaces: the form that is checked, hashed and masked. */
    public static String normalize(String raw) {
        return raw == null ? "" : Typed.normalize(raw).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Why {@code number} is not a valid identity number for an owner of {@code kind}, or empty when it is. */
    public static Optional<String> problem(String number, OwnerKind kind) {
        String n = normalize(number);
        if (n.isEmpty()) {
            return Optional.of("证件号码为空");
        }
        return kind == OwnerKind.PERSON ? personProblem(n) : organizationProblem(n);
    }

    /** The form that may be shown: first four and last four characters, e.g. 4403**********1234. */
    public static String mask(String number) {
        String n = normalize(number);
        if (n.length() <= 8) {
            return "*".repeat(n.length());
        }
        return n.substring(0, 4) + "*".repeat(n.length() - 8) + n.substring(n.length() - 4);
    }

    private static Optional<String> personProblem(String n) {
        if (!n.matches("\\d{17}[\\dX]")) {
            return Optional.of("身份证号码应为18位（17位数字加1位数字或X）");
        }
        try {
            LocalDate birth = LocalDate.parse(n.substring(6, 14), BIRTH);
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now(Clocks.REAL))) {
                return Optional.of("身份证号码中的出生日期不合理");
            }
        } catch (DateTimeParseException e) {
            return Optional.of("身份证号码中的出生日期无效");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (n.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == n.charAt(17)
                ? Optional.empty() : Optional.of("身份证号码校验位不正确");
    }

    private static Optional<String> organizationProblem(String n) {
        if (n.length() != 18) {
            return Optional.of("统一社会信用代码应为18位");
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int value = USCC_CHARS.indexOf(n.charAt(i));
            if (value < 0) {
                return Optional.of("统一社会信用代码含有无效字符");
            }
            if (i < 17) {
                sum += value * USCC_WEIGHTS[i];
            }
        }
        int check = (31 - sum % 31) % 31;
        return USCC_CHARS.charAt(check) == n.charAt(17)
                ? Optional.empty() : Optional.of("统一社会信用代码校验位不正确");
    }

    /** Completes 17 characters with their check character: for demo data and tests. */
    public static String withCheck(String first17, OwnerKind kind) {
        if (kind == OwnerKind.PERSON) {
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
            }
            return first17 + ID_CHECK.charAt(sum % 11);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        return first17 + USCC_CHARS.charAt((31 - sum % 31) % 31);
    }
}
