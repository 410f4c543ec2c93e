package cn.shangliang.common.web;

import java.util.List;

/**
 * A request the domain refuses, with the HTTP status it maps to, a stable code for API clients and a message
 * for people (Chinese first). Thrown before anything is written, or it rolls the transaction back.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> fieldErrors;

    public DomainException(int status, String code, String message, List<FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public DomainException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public static DomainException badInput(String code, String message) {
        return new DomainException(400, code, message);
    }

    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(400, "invalid-input", "输入有误，请检查标出的字段", errors);
    }

    public static DomainException notFound(String what) {
        return new DomainException(404, "not-found", "找不到" + what);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(403, "forbidden", message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(409, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public record FieldError(String field, String message) {
    }
}
