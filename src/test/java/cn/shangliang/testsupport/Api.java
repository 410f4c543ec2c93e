package cn.shangliang.testsupport;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** JSON API requests the way the API tests send them. */
public final class Api {

    private Api() {
    }

    /** A JSON request with the caller's bearer token; none for a guest ({@code null}). */
    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType("application/json");
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** A JSON request without a token from another client address (X-Forwarded-For); null: from the test's own. */
    public static RequestSpecification fromClient(String client) {
        RequestSpecification spec = guest();
        return client == null ? spec : spec.header("X-Forwarded-For", client);
    }

    /** A JSON request without a token. */
    public static RequestSpecification guest() {
        return as((String) null);
    }

    /** A JSON request as the user (with the user's bearer token). */
    public static RequestSpecification as(Fixtures.User user) {
        return as(user.token());
    }
}
