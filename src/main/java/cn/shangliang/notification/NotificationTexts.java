package cn.shangliang.notification;

import cn.shangliang.common.i18n.ErrorTexts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of notifications, from {@code i18n/notifications_zh|en.properties}: {@code kind.<KIND>.title} and
 * {@code kind.<KIND>.body} with {@link MessageFormat} arguments. They are rendered when a message is read or sent,
 * in the reader's language, so one queued notification serves a Chinese and an English reader alike. An
 * argument {@code event:<code>} is itself a text of this bundle ({@code event.<code>}), {@code label:<Type>.<X>}
 * an enum label of {@code i18n/labels}; anything else is user data shown as it is.
 */
public final class NotificationTexts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NotificationTexts() {
    }

    public static String title(NotificationKind kind, List<String> args, String language) {
        return render("kind." + kind.name() + ".title", args, language);
    }

    public static String body(NotificationKind kind, List<String> args, String language) {
        return render("kind." + kind.name() + ".body", args, language);
    }

    /** A text of the bundle by key (page texts of the notification pages are in the Qute bundle instead). */
    public static String text(String key, String language) {
        try {
            return bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static String render(String key, List<String> args, String language) {
        Object[] shown = args.stream().map(a -> argument(a, language)).toArray();
        return new MessageFormat(text(key, language), ErrorTexts.locale(language)).format(shown);
    }

    static String argument(String arg, String language) {
        if (arg == null) {
            return "";
        }
        if (arg.startsWith("event:")) {
            return text("event." + arg.substring(6), language);
        }
        if (arg.startsWith("label:")) {
            String key = "enum." + arg.substring(6);
            try {
                return ResourceBundle.getBundle("i18n.labels", ErrorTexts.locale(language), NO_FALLBACK).getString(key);
            } catch (MissingResourceException e) {
                return arg.substring(arg.lastIndexOf('.') + 1);
            }
        }
        return arg;
    }

    public static String encode(List<String> args) {
        try {
            return args == null || args.isEmpty() ? null : JSON.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static List<String> decode(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("i18n.notifications", ErrorTexts.locale(language), NO_FALLBACK);
    }

    /** A skip reason is a code of the bundle; a provider's error is shown as the provider gave it. */
    public static String reason(String reason, String lang) {
        if (reason == null) {
            return "";
        }
        return reason.startsWith("skipped.") ? text("reason." + reason, lang) : reason;
    }
}
