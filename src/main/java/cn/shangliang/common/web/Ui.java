package cn.shangliang.common.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Locale;
import java.util.Set;

/**
 * What every page's layout needs about the request: language, large-text mode and who is logged in.
 * Templates reach it as {@code inject:ui}.
 */
@Named("ui")
@RequestScoped
public class Ui {

    public static final String LANG_COOKIE = "sl_lang";
    public static final String LARGE_COOKIE = "sl_large";
    /** Where quarkus-rest-csrf keeps the request's token. */
    private static final String CSRF_TOKEN_KEY = "csrf_token";

    @Inject
    CurrentVertxRequest request;

    @Inject
    JsonWebToken jwt;

    public Locale locale() {
        return "en".equals(cookie(LANG_COOKIE)) ? Locale.ENGLISH : Locale.forLanguageTag("zh");
    }

    public String lang() {
        return locale().getLanguage();
    }

    /** A message bundle in the visitor's language, for text built in Java (templates pick theirs themselves). */
    public <T> T bundle(Class<T> messages) {
        return MessageBundles.get(messages, Localized.Literal.of(locale().toLanguageTag()));
    }

    /** Whether the previous request was a form that succeeded (see {@link Flash}). */
    public boolean flash() {
        String value = cookie(Flash.COOKIE);
        return value != null && !value.isEmpty();
    }

    public boolean large() {
        return "1".equals(cookie(LARGE_COOKIE));
    }

    /**
     * Pages render on worker threads where the lazily authenticated identity can be read; an error page for an
     * unmatched URL renders on the event loop, where reading it would block, so it shows as logged out.
     */
    public boolean loggedIn() {
        return !Context.isOnEventLoopThread() && jwt != null && jwt.getSubject() != null;
    }

    /** Whether this request carries a CSRF token for forms (not on error pages raised before the CSRF filter). */
    public boolean csrfReady() {
        return request.getCurrent() != null && request.getCurrent().get(CSRF_TOKEN_KEY) != null;
    }

    public String userName() {
        return loggedIn() ? jwt.getClaim("name") : "";
    }

    public boolean isCard() {
        return loggedIn() && jwt.getSubject().startsWith("card:");
    }

    public Set<String> roles() {
        return loggedIn() ? jwt.getGroups() : Set.of();
    }

    /** Staff, subdistrict administrators and supervisors see the administration links. */
    public boolean staffOrSupervisor() {
        return hasRole("COMMUNITY_STAFF") || hasRole("SUBDISTRICT_ADMIN") || hasRole("SUPERVISOR");
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The current path with its query, for "back to where I was" links. */
    public String here() {
        var r = request.getCurrent().request();
        return r.query() == null ? r.path() : r.path() + "?" + r.query();
    }

    private String cookie(String name) {
        if (request.getCurrent() == null) {
            return null;
        }
        Cookie c = request.getCurrent().request().getCookie(name);
        return c == null ? null : c.getValue();
    }
}
