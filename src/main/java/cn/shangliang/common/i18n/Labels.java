package cn.shangliang.common.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of enum constants by language, from {@code i18n/labels_zh|en.properties} (keys {@code enum.<Type>.<CONSTANT>}). */
public final class Labels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {
    }

    /** The label of {@code value} in {@code language} ("zh" or "en"); the constant's name when the bundle lacks it. */
    public static String of(Object value, String language) {
        Enum<?> constant = (Enum<?>) value;
        String key = key(constant);
        try {
            return bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return constant.name();
        }
    }

    /** Any text of the labels bundle by its key, or null when the bundle lacks it. */
    public static String text(String key, String language) {
        try {
            return bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Every key of the labels bundle whose last part is {@code name} (e.g. all {@code enum.*.BUDGET}). */
    public static java.util.List<String> keysEndingWith(String name, String language) {
        String suffix = "." + name;
        return bundle(language).keySet().stream().filter(k -> k.startsWith("enum.") && k.endsWith(suffix)).sorted().toList();
    }

    public static String key(Enum<?> constant) {
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    static ResourceBundle bundle(String language) {
        Locale locale = ErrorTexts.locale(language);
        return ResourceBundle.getBundle("i18n.labels", locale, NO_FALLBACK);
    }
}
