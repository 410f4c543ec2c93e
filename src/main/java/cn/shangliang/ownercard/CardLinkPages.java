package cn.shangliang.ownercard;

import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.identity.AuthCookie;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The account holder's own owners' cards: link one with its PIN, vote with it without the PIN, unlink it. */
@Path("/account/cards")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CardLinkPages {

    @CheckedTemplate(basePath = "ownercard")
    static class Templates {
        static native TemplateInstance links(List<CardLinks.LinkedCard> cards, FormState form);
    }

    @Inject
    CardLinks links;

    @Inject
    FormPipeline forms;

    @Inject
    AuthCookie cookie;

    @GET
    public TemplateInstance list() {
        return page(FormState.empty());
    }

    @POST
    public Response link(MultivaluedMap<String, String> form) {
        return forms.submit(form, CardLinks.LinkRequest.class, r -> {
            links.link(r);
            return Response.seeOther(URI.create("/account/cards")).build();
        }, this::page);
    }

    /** Switches this browser to the card's session: from here on the visitor acts as the owner. */
    @POST
    @Path("{cardId}/use")
    public Response use(@PathParam("cardId") long cardId) {
        CardLogin.CardSession session = links.use(cardId);
        URI next = URI.create(session.pinChangeRequired() ? "/card/pin" : "/assembly");
        return cookie.signedIn(session.token(), next);
    }

    @POST
    @Path("{cardId}/unlink")
    public Response unlink(@PathParam("cardId") long cardId) {
        links.unlink(cardId);
        return Response.seeOther(URI.create("/account/cards")).build();
    }

    private TemplateInstance page(FormState form) {
        return Templates.links(links.mine(), form);
    }
}
