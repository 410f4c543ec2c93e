package cn.shangliang.identity;

import cn.shangliang.common.security.Role;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** Tokens for API clients, and who the caller is. */
@Path("/api/auth")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthApi {

    @Inject
    AccountLogin accountLogin;

    @Inject
    CurrentUser user;

    @Inject
    Sessions sessions;

    public record Credentials(@NotBlank String login, @NotBlank String password) {
    }

    public record TokenView(String token, Instant expiresAt) {
    }

    public record Me(String subject, String name, List<GrantView> grants) {
    }

    public record GrantView(Role role, Scope.Type scopeType, long scopeId) {
    }

    @POST
    @Path("token")
    @PermitAll
    @Operation(summary = "Exchange account credentials for a Bearer token")
    public TokenView token(@Valid @jakarta.validation.constraints.NotNull Credentials credentials) {
        TokenIssuer.IssuedToken token = accountLogin.login(credentials.login(), credentials.password());
        return new TokenView(token.token(), token.expiresAt());
    }

    @POST
    @Path("logout")
    @Authenticated
    @Operation(summary = "End the caller's session on the server: the token stops working everywhere at once")
    public jakarta.ws.rs.core.Response logout() {
        user.sessionId().ifPresent(sid -> sessions.end(sid, user.auditName()));
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @GET
    @Path("me")
    @Authenticated
    @Operation(summary = "The caller's identity and scoped roles")
    public Me me() {
        List<GrantView> grants = user.grants().stream()
                .map(g -> new GrantView(g.role, g.scopeType, g.scopeId)).toList();
        return new Me(user.auditName(), user.displayName(), grants);
    }
}
