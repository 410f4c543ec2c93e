package cn.shangliang.common.web;

import cn.shangliang.common.web.DomainException.FieldError;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads typed values from form fields: empty means absent; malformed is a 400 naming the field (texts by errors-bundle code). */
public final class FormInput {

    private FormInput() {
    }

    public static LocalDate date(String value, String field) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw wrong(field, "form.date");
        }
    }

    public static LocalTime time(String value, String field) {
        try {
            return blank(value) ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw wrong(field, "form.time");
        }
    }

    public static Long number(String value, String field) {
        try {
            return blank(value) ? null : Long.valueOf(value.strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            throw wrong(field, "form.number");
        }
    }

    public static Integer count(String value, String field) {
        Long n = number(value, field);
        if (n != null && (n < 0 || n > Integer.MAX_VALUE)) {
            throw wrong(field, "form.count");
        }
        return n == null ? null : n.intValue();
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw wrong(field, "form.choice");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static DomainException wrong(String field, String message) {
        return DomainException.invalid(List.of(new FieldError(field, message)));
    }
}
