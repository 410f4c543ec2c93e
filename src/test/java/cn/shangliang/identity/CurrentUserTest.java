package cn.shangliang.identity;

import cn.shangliang.common.security.Role;

import jakarta.json.Json;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurrentUserTest {

    /** A parsed token gives numeric claims as JSON numbers: a card's estate must still be compared right. */
    @Test
    void cardHoldsOwnerRoleOnlyInItsOwnEstate() {
        CurrentUser user = new CurrentUser();
        user.jwt = token("card:5", 7L);
        assertTrue(user.hasRole(Role.OWNER, new Scope(1L, 2L, 7L)));
        assertFalse(user.hasRole(Role.OWNER, new Scope(1L, 2L, 8L)));
        assertFalse(user.hasRole(Role.COMMUNITY_STAFF, new Scope(1L, 2L, 7L)));
        assertFalse(user.hasRole(Role.OWNER, new Scope(1L, 2L, null)));
    }

    private static JsonWebToken token(String subject, long estate) {
        return (JsonWebToken) Proxy.newProxyInstance(JsonWebToken.class.getClassLoader(),
                new Class<?>[] {JsonWebToken.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSubject", "getName" -> subject;
                    case "getGroups" -> Set.of("OWNER");
                    case "getClaim" -> "estate".equals(args[0]) ? Json.createValue(estate) : null;
                    default -> null;
                });
    }
}
