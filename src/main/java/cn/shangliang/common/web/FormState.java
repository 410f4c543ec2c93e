package cn.shangliang.common.web;

import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/**
 * A form as the visitor left it: what they typed (by field name) and what was wrong, each error by its field
 * and the rest ({@code general}) for the top of the form. Templates render fields through {@code tags/field}.
 */
@TemplateData
public record FormState(Map<String, String> values, Map<String, String> errors, List<String> general) {

    public FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        general = List.copyOf(general);
    }

    /** A fresh form, its fields pre-filled with {@code defaults}. */
    public static FormState of(Map<String, String> defaults) {
        return new FormState(defaults, Map.of(), List.of());
    }

    public static FormState empty() {
        return of(Map.of());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether {@code option} is the value typed or chosen for {@code field} (for select options and radios). */
    public boolean selected(String field, Object option) {
        return List.of(value(field).split("\n")).contains(String.valueOf(option));
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean invalid() {
        return !errors.isEmpty() || !general.isEmpty();
    }
}
