package cn.shangliang.common.i18n;

import cn.shangliang.common.rules.Labelled;
import cn.shangliang.common.rules.RuleViolation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of refusals, by code, from {@code i18n/errors_zh.properties} and {@code i18n/errors_en.properties}
 * (UTF-8, {@link MessageFormat} arguments). They are not a Qute message bundle because their keys are the
 * refusal codes (with dots and dashes), shared by the API's problem JSON and the error pages.
 */
public final class ErrorTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ErrorTexts() {
    }

    /** The rule's text in {@code language} ("zh" or "en"); its code when the bundle lacks it ({@code ErrorBundleTest} keeps that from happening). */
    public static String render(RuleViolation violation, String language) {
        String pattern = pattern(violation.code(), language);
        if (pattern == null) {
            return violation.code();
        }
        return format(pattern, violation.args(), language);
    }

    /**
     * Fills {@code pattern}'s arguments: labelled values in {@code language}, numbers as plain digits (no
     * grouping: ids and counts read as typed).
     */
    public static String format(String pattern, List<Object> args, String language) {
        Object[] shown = args.stream().map(a -> shown(a, language)).toArray();
        return new MessageFormat(pattern, locale(language)).format(shown);
    }

    private static Object shown(Object arg, String language) {
        if (arg instanceof Labelled labelled) {
            return labelled.label(language);
        }
        return arg instanceof Number ? arg.toString() : arg;
    }

    /** The text of {@code code} in {@code language} with {@code args} filled in, or null when the bundle has none. */
    public static String text(String code, String language, Object... args) {
        String pattern = pattern(code, language);
        return pattern == null ? null : format(pattern, List.of(args), language);
    }

    /** The bundle pattern of {@code code}, or null when it has none. */
    public static String pattern(String code, String language) {
        try {
            return ResourceBundle.getBundle("i18n.errors", locale(language), NO_FALLBACK).getString(code);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.CHINESE;
    }
}
