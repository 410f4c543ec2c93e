package cn.shangliang.assembly;

import cn.shangliang.common.web.Ui;
import cn.shangliang.assembly.rules.Choice;
import cn.shangliang.common.web.DomainException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The owner's voting pages, plain and large, without JavaScript: choose, confirm on a page of its own, cast,
 * then the receipt.
 */
@Path("/assembly/{id}/vote")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class VotePages {

    @CheckedTemplate(basePath = "assembly")
    static class Templates {
        static native TemplateInstance vote(DecisionView d, List<VotingRights.VotingRight> voters, Choice[] choices);

        static native TemplateInstance confirm(DecisionView d, CastRequest cast, List<Mark> marks, String error);

        static native TemplateInstance cast(DecisionView d, String code, ReceiptStatus status);
    }

    /** One choice as the confirmation page repeats it; candidate 0 for a matter. */
    public record Mark(long candidateId, String candidate, Choice choice) {
    }

    @Inject
    Ui ui;

    @Inject
    DecisionViews views;

    @Inject
    BallotService ballots;

    @Inject
    ReceiptService receipts;

    @Inject
    VotingRights rights;

    @GET
    public TemplateInstance form(@PathParam("id") long id) {
        return Templates.vote(views.get(id), rights.ofCaller(id), Choice.values());
    }

    @POST
    @Path("confirm")
    public Response confirm(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        ballots.callerOwnerId(views.visible(id));
        DecisionView d = views.get(id);
        CastRequest cast = FormFields.cast(form);
        List<Mark> marks = new ArrayList<>();
        try {
            if (d.election()) {
                for (DecisionView.CandidateView c : d.candidates()) {
                    String value = cast.choices() == null ? null : cast.choices().get(c.id());
                    marks.add(new Mark(c.id(), c.name(), value == null ? Choice.ABSTAIN : ChoiceCodec.parse(value)));
                }
            } else {
                marks.add(new Mark(0, null, ChoiceCodec.parse(cast.choice())));
            }
        } catch (DomainException e) {
            return Response.status(400).entity(Templates.confirm(d, cast, List.of(), e.detail(ui.lang()))).build();
        }
        return Response.ok(Templates.confirm(d, cast, marks, null)).build();
    }

    @POST
    public Response cast(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        ReceiptView receipt = ballots.cast(id, FormFields.cast(form));
        return Response.seeOther(URI.create("/assembly/" + id + "/vote/receipt?code=" + receipt.receipt())).build();
    }

    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("id") long id, @RestForm String voterKey) {
        ballots.withdraw(id, FormFields.blankToNull(voterKey));
        return Response.seeOther(URI.create("/assembly/" + id + "/vote")).build();
    }

    @GET
    @Path("receipt")
    public TemplateInstance receipt(@PathParam("id") long id, @QueryParam("code") String code) {
        ballots.callerOwnerId(views.visible(id));
        TallyViews.ReceiptLookup lookup = receipts.lookup(code);
        if (lookup.decisionId() != id) {
            throw DomainException.notFound("not-found.receipt");
        }
        return Templates.cast(views.get(id), lookup.receipt(), lookup.status());
    }
}
