package cn.shangliang.ownercard;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** Tokens for owners' cards: the card, not an account, is the voting identity. */
@Path("/api/auth")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class CardAuthApi {

    @Inject
    CardLogin cardLogin;

    /** A card's number and PIN; the login page binds the same record (its PIN read as typed). */
    public record CardCredentials(@NotBlank(message = "field.card.number") String number,
                                  @NotBlank(message = "field.card.pin") String pin) {
    }

    public record CardTokenView(String token, Instant expiresAt, boolean pinChangeRequired) {
    }

    @POST
    @Path("card-token")
    @PermitAll
    @Operation(summary = "Exchange owner card number and PIN for a Bearer token (subject card:<id>, group OWNER)")
    public CardTokenView cardToken(@Valid @NotNull CardCredentials credentials) {
        CardLogin.CardSession session = cardLogin.login(credentials.number(), credentials.pin());
        return new CardTokenView(session.token().token(), session.token().expiresAt(), session.pinChangeRequired());
    }
}
