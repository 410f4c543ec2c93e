package cn.shangliang.council;

import java.util.List;
import java.util.Objects;

/**
 * A broken domain rule. The code is stable (it becomes the message-bundle key and the problem-JSON type);
 * the message is the Chinese default text with the numbers already filled in.
 */
public record RuleViolation(String code, String message) {
    public RuleViolation {
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
    }

    /** The one violation when a required text (a reason, an answer) is missing or blank. */
    public static List<RuleViolation> requireText(String text, String code, String message) {
        return text == null || text.isBlank() ? List.of(new RuleViolation(code, message)) : List.of();
    }
}
