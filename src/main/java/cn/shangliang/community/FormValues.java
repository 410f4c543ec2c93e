package cn.shangliang.community;

import java.math.BigDecimal;

/**
 * Turns form text into values; unreadable text becomes null so that the service reports it as a field error
 * (a browser sends "" for an empty optional field, which must not be a 400 without a message).
 */
final class FormValues {

    private FormValues() {
    }

    static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
