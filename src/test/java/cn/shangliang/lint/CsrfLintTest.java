package cn.shangliang.lint;

import cn.shangliang.testsupport.Endpoints;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.TokenIssuer;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.identity.Scope;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every state-changing page endpoint refuses a request without a CSRF token, whatever its content type: sent
 * bodyless, as text/plain (what a cross-site form can send) and as a form without the token (400, or 415 where
 * the page takes only multipart), each time with a login that passes the role check (an account granted every
 * role, since the session check reads the roles from the grants, not the token; a card login for the owner's
 * card pages), so a 403 or 400 here is the CSRF refusal and not the role's. Run against the live app, so a new
 * endpoint that slips past the check fails here.
 */
@QuarkusTest
class CsrfLintTest {

    private static final Set<String> CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    Fixtures fixtures;

    @Inject
    TokenIssuer tokens;

    @Inject
    CardFixtures cards;

    @TestHTTPResource("/")
    URI root;

    @Test
    void everyPagePostVerifiesTheToken() throws IOException, InterruptedException {
        long accountId = fixtures.user(null, null, 0).accountId();
        TestWorld.Place place = cards.estate();
        for (Role role : Role.values()) {
            fixtures.grant(accountId, role, Scope.Type.SUBDISTRICT, place.subdistrictId());
        }
        Set<String> everyRole = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());
        String staffCookie = tokens.issue(CurrentUser.ACCOUNT_PREFIX + accountId, "lint", everyRole, Map.of())
                .token();
        String cardCookie = cards.token(cards.card(cards.owner(place.estateId(), "业主"), true));
        List<Endpoints.Endpoint> pagePosts = Endpoints.all().stream()
                .filter(e -> e.httpMethod() != null && CHANGING.contains(e.httpMethod()))
                .filter(e -> !e.path().equals("/api") && !e.path().startsWith("/api/"))
                .toList();
        assertTrue(pagePosts.size() > 20, "too few page POSTs found: " + pagePosts.size());
        List<String> open = new ArrayList<>();
        for (Endpoints.Endpoint e : pagePosts) {
            String path = concrete(e.path());
            String cookie = path.startsWith("/card/") ? cardCookie : staffCookie;
            int bodyless = bodyless(e.httpMethod(), path, cookie);
            int plain = given().redirects().follow(false).cookie("sl_token", cookie).contentType("text/plain")
                    .body("a=1").request(e.httpMethod(), path).statusCode();
            int form = given().redirects().follow(false).cookie("sl_token", cookie)
                    .contentType("application/x-www-form-urlencoded").formParam("a", "1")
                    .request(e.httpMethod(), path).statusCode();
            if (bodyless != 403 || plain != 403 || (form != 400 && form != 415)) {
                open.add(e + ": bodyless " + bodyless + ", text/plain " + plain + ", form without token " + form);
            }
        }
        assertEquals(List.of(), open, "every page POST must be refused without its CSRF token");
    }

    /** REST Assured always adds a content type; a browser's fetch() with no body sends none. */
    private int bodyless(String method, String path, String cookie) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path.substring(1)))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Cookie", "sl_token=" + cookie).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Path parameters (with or without a regular expression) filled with a plausible id. */
    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "1");
    }
}
