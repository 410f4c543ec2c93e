package cn.shangliang.identity;

import cn.shangliang.common.i18n.ErrorTexts;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.Ui;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The refusals of accounts, sign-up and setup: a stable code, and its text in the visitor's language from
 * the errors bundle ({@code i18n/errors_zh|en.properties}). Field problems are collected and thrown together, so a form shows
 * them all at once and nothing is written.
 */
@RequestScoped
public class Refusals {

    @Inject
    CurrentVertxRequest request;

    private final List<FieldError> fields = new ArrayList<>();

    public String language() {
        var current = request.getCurrent();
        Cookie lang = current == null ? null : current.request().getCookie(Ui.LANG_COOKIE);
        return lang != null && "en".equals(lang.getValue()) ? "en" : "zh";
    }

    public String text(String code, Object... args) {
        String language = language();
        String pattern = ErrorTexts.pattern(code, language);
        return pattern == null ? code : new MessageFormat(pattern, ErrorTexts.locale(language)).format(args);
    }

    public DomainException of(int status, String code, Object... args) {
        return new DomainException(status, code, text(code, args));
    }

    public void field(String field, String code, Object... args) {
        fields.add(new FieldError(field, text(code, args)));
    }

    public void fieldIf(boolean broken, String field, String code, Object... args) {
        if (broken) {
            field(field, code, args);
        }
    }

    /** Throws 400 with every field problem collected so far. */
    public void throwIfAny() {
        if (!fields.isEmpty()) {
            List<FieldError> all = List.copyOf(fields);
            fields.clear();
            throw new DomainException(400, "invalid-input", text("invalid-input"), all);
        }
    }

    /** A trimmed text field: null when blank; records "required" or "too long". */
    public String input(String value, String field, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            fieldIf(required, field, "field-required");
            return null;
        }
        fieldIf(v.length() > max, field, "field-too-long", max);
        return v;
    }
}
