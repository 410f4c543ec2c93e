package cn.shangliang.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The visitor's language choice (a cookie) decides the language of pages: Chinese unless they chose English.
 * Qute picks the message bundle from the request's Accept-Language, so the choice is written there.
 */
public class LanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        Cookie lang = request.getCookies().get(Ui.LANG_COOKIE);
        String chosen = lang != null && "en".equals(lang.getValue()) ? "en" : "zh";
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, chosen);
    }
}
