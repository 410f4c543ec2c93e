package cn.shangliang.assembly;

import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

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
        static native TemplateInstance vote(DecisionView d, List<VotingRights.VotingRight> voters, Choice[] choices,
                                            FormState form);

        static native TemplateInstance confirm(DecisionView d, CastRequest cast, List<Mark> marks);

        static native TemplateInstance cast(DecisionView d, String code, ReceiptStatus status);
    }

    /** One choice as the confirmation page repeats it; candidate 0 for a matter. */
    public record Mark(long candidateId, String candidate, Choice choice) {
    }

    @Inject
    FormPipeline forms;

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
        return form(id, FormState.empty());
    }

    private TemplateInstance form(long id, FormState form) {
        return Templates.vote(views.get(id), rights.ofCaller(id), Choice.values(), form);
    }

    /** The choice repeated on a page of its own before it is cast; a choice that is no choice sends the form back. */
    @POST
    @Path("confirm")
    public Response confirm(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        ballots.callerOwnerId(views.visible(id));
        DecisionView d = views.get(id);
        return forms.submit(form, CastRequest.class, cast -> Response.ok(Templates.confirm(d, cast, marks(d, cast))).build(),
                state -> form(id, state));
    }

    private static List<Mark> marks(DecisionView d, CastRequest cast) {
        if (!d.election()) {
            return List.of(new Mark(0, null, ChoiceCodec.parse(cast.choice())));
        }
        List<Mark> marks = new ArrayList<>();
        for (DecisionView.CandidateView c : d.candidates()) {
            String value = cast.choices() == null ? null : cast.choices().get(c.id());
            marks.add(new Mark(c.id(), c.name(), value == null ? Choice.ABSTAIN : ChoiceCodec.parse(value)));
        }
        return marks;
    }

    @POST
    public Response cast(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, CastRequest.class, cast -> Response.seeOther(URI.create("/assembly/" + id
                + "/vote/receipt?code=" + ballots.cast(id, cast).receipt())).build(), state -> form(id, state));
    }

    /** Only the voter key of the form counts: which of the caller's votes to withdraw. */
    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, CastRequest.class, r -> {
            ballots.withdraw(id, r.voterKey());
            return Response.seeOther(URI.create("/assembly/" + id + "/vote")).build();
        }, state -> form(id, state));
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
