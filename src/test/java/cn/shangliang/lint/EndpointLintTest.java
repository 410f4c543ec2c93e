package cn.shangliang.lint;

import cn.shangliang.testsupport.Endpoints;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules every endpoint of the app must follow, checked on the compiled classes so a new feature cannot forget
 * them: each declares who may call it, and each page POST accepts only form content (the CSRF filter checks
 * the token of form posts only, so a page taking other content would be open to cross-site posts).
 */
class EndpointLintTest {

    private static final Set<String> FORM_TYPES = Set.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA);
    private static final Set<String> CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @Test
    void theScanFindsTheKnownEndpoints() {
        List<String> found = Endpoints.all().stream().map(e -> e.httpMethod() + " " + e.path()).toList();
        assertTrue(found.contains("POST /login"), found.toString());
        assertTrue(found.contains("GET /api/auth/me"), found.toString());
        assertTrue(found.contains("POST /api/auth/card-token"), found.toString());
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        List<String> undeclared = Endpoints.all().stream()
                .filter(e -> !declaresAccess(e.method()) && !declaresAccess(e.type()))
                .map(Object::toString).toList();
        assertEquals(List.of(), undeclared,
                "add @PermitAll, @Authenticated or @RolesAllowed (on the method or its class)");
    }

    @Test
    void everyPagePostConsumesOnlyFormContent() {
        List<String> open = Endpoints.all().stream()
                .filter(e -> e.httpMethod() != null && CHANGING.contains(e.httpMethod()))
                .filter(e -> !e.path().equals("/api") && !e.path().startsWith("/api/"))
                .filter(e -> !onlyForms(e.method().isAnnotationPresent(Consumes.class)
                        ? e.method().getAnnotation(Consumes.class) : e.type().getAnnotation(Consumes.class)))
                .map(Object::toString).toList();
        assertEquals(List.of(), open, "page POSTs need @Consumes(APPLICATION_FORM_URLENCODED) or multipart");
    }

    private static boolean declaresAccess(AnnotatedElement element) {
        return element.isAnnotationPresent(PermitAll.class) || element.isAnnotationPresent(Authenticated.class)
                || element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(DenyAll.class);
    }

    private static boolean onlyForms(Consumes consumes) {
        if (consumes == null || consumes.value().length == 0) {
            return false;
        }
        for (String value : consumes.value()) {
            for (String type : value.split(",")) {
                if (!FORM_TYPES.contains(type.strip().split(";")[0].strip())) {
                    return false;
                }
            }
        }
        return true;
    }
}
