package cn.shangliang.identity;

import cn.shangliang.common.web.DomainException.FieldError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable (docs/rules/accounts.md): 10 to 128 characters, not the username and not
 * containing it, not a single repeated character, not in the list of common passwords. Returns refusal codes.
 */
public final class PasswordRules {

    public static final int MIN = 10;
    public static final int MAX = 128;
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN) {
            problems.add("password-too-short");
            return problems;
        }
        if (password.length() > MAX) {
            problems.add("password-too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add("password-contains-username");
        }
        if (password.chars().distinct().count() == 1 || COMMON.contains(lower)) {
            problems.add("password-too-common");
        }
        return problems;
    }

    /**
     * A new password and its confirmation (fields {@code password} and {@code confirm}) as field errors: what the
     * rules above refuse, and a confirmation that differs.
     */
    public static List<FieldError> errors(String username, String password, String confirmation) {
        List<FieldError> errors = new ArrayList<>();
        for (String problem : problems(username, password)) {
            errors.add(FieldError.of("password", problem, MIN));
        }
        if (password != null && !password.equals(confirmation)) {
            errors.add(FieldError.of("confirm", "password-confirm-differs"));
        }
        return errors;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/identity/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
