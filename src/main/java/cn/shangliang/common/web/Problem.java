package cn.shangliang.common.web;

import java.util.List;

/** The one error shape of the JSON API (RFC 9457 problem details, with a stable code and field errors). */
public record Problem(String type, String title, int status, String code, String detail,
                      List<DomainException.FieldError> errors) {

    public static Problem of(DomainException e) {
        return of(e, "zh");
    }

    public static Problem of(DomainException e, String language) {
        return new Problem("about:blank", title(e.status()), e.status(), e.code(), e.detail(language), e.fieldErrors(language));
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
