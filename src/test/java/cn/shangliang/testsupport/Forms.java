package cn.shangliang.testsupport;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Submits server-rendered forms the way a browser does: first GET the page that holds the form (which sets the
 * CSRF cookie and renders the token), then POST with both.
 */
public final class Forms {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** A page visit's CSRF cookie and token, ready to be sent with a form post. */
    public record Csrf(String cookie, String token) {
        public RequestSpecification apply(RequestSpecification spec) {
            return spec.cookie("csrf-token", cookie).formParam("csrf-token", token);
        }
    }

    /** GETs {@code page} (with the auth cookie when {@code jwt} is given) and returns its CSRF cookie and token. */
    public static Csrf csrf(String page, String jwt) {
        RequestSpecification spec = given().redirects().follow(false);
        if (jwt != null) {
            spec.cookie("sl_token", jwt);
        }
        Response response = spec.get(page);
        Matcher m = TOKEN.matcher(response.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page + " (status " + response.statusCode() + ")");
        }
        return new Csrf(response.getCookie("csrf-token"), m.group(1));
    }

    /** A form post as a logged-in browser would send it, CSRF included. */
    public static RequestSpecification post(String formPage, String jwt) {
        Csrf csrf = csrf(formPage, jwt);
        RequestSpecification spec = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (jwt != null) {
            spec.cookie("sl_token", jwt);
        }
        return csrf.apply(spec);
    }

    /** The login form filled in as a person would, CSRF included; add {@code next} if needed and post to /login. */
    public static RequestSpecification login(String login, String password) {
        return post("/login", null).formParam("login", login).formParam("password", password);
    }
}
