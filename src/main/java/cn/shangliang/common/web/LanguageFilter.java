package cn.shangliang.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Locale;

/**
 * The visitor's language: pages are Chinese unless the visitor chose English (a cookie); API clients may also
 * ask with {@code Accept-Language}. Qute picks the message bundle from the request's Accept-Language, so the
 * choice is written there, reduced to "zh" or "en".
 */
public class LanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        Cookie lang = request.getCookies().get(Ui.LANG_COOKIE);
        boolean api = request.getUriInfo().getPath().startsWith("/api/");
        String chosen;
        if (lang != null) {
            chosen = "en".equals(lang.getValue()) ? "en" : "zh";
        } else {
            chosen = api && prefersEnglish(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)) ? "en" : "zh";
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, chosen);
    }

    /** The language this request was answered in: "zh" or "en". */
    public static String language(HttpHeaders headers) {
        String value = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return "en".equals(value) ? "en" : "zh";
    }

    /** True when the first language range the client lists is English. */
    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        String first = acceptLanguage.split(",")[0].split(";")[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("en") || first.startsWith("en-");
    }
}
