package cn.shangliang.ownercard;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

/** The API twin of the account holder's own owners' cards page. */
@Path("/api/accounts/me/cards")
@Blocking
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class CardLinkApi {

    @Inject
    CardLinks links;

    @GET
    @Operation(summary = "The owners' cards linked to the caller's account")
    public List<CardLinks.LinkedCard> mine() {
        return links.mine();
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Link an owner's card to the caller's account, proving possession with its number and PIN",
            description = "A wrong PIN counts towards the card's lock exactly as a card login does. 409 when the "
                    + "card is linked to another account.")
    public CardLinks.LinkedCard link(CardLinks.LinkRequest request) {
        return links.link(request);
    }

    @POST
    @Path("{cardId}/token")
    @Operation(summary = "A card token (group OWNER) for a linked, usable card, without its PIN")
    public CardAuthApi.CardTokenView token(@PathParam("cardId") long cardId) {
        CardLogin.CardSession session = links.use(cardId);
        return new CardAuthApi.CardTokenView(session.token().token(), session.token().expiresAt(),
                session.pinChangeRequired());
    }

    @DELETE
    @Path("{cardId}")
    @ResponseStatus(204)
    @Operation(summary = "Unlink an owner's card from the caller's account")
    public void unlink(@PathParam("cardId") long cardId) {
        links.unlink(cardId);
    }
}
