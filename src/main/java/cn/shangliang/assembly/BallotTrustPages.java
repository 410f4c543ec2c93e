package cn.shangliang.assembly;

import cn.shangliang.assembly.StaffRecordChecks.OwnerCheckView;
import cn.shangliang.assembly.TallyViews.HistoryRow;
import cn.shangliang.common.web.DomainException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import jakarta.ws.rs.core.MultivaluedMap;

import java.net.URI;
import java.util.List;

/** The owner's own page of a decision: ballot history, staff records to confirm or reject, inclusion proof. */
@Path("/assembly/{id}/my")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class BallotTrustPages {

    @CheckedTemplate(basePath = "assembly")
    static class Templates {
        static native TemplateInstance my(DecisionView d, List<HistoryRow> history, List<OwnerCheckView> records,
                                          List<BallotInspectionService.InspectionView> inspections, FormState form);

        static native TemplateInstance proof(DecisionView d, TallyViews.ProofView proof);
    }

    @Inject
    DecisionViews views;

    @Inject
    FormPipeline forms;

    @Inject
    BallotService ballots;

    @Inject
    ReceiptService receipts;

    @Inject
    StaffRecordChecks checks;

    @Inject
    BallotInspectionService inspections;

    @GET
    public TemplateInstance page(@PathParam("id") long id) {
        ballots.callerOwnerId(views.visible(id));
        return page(id, FormState.empty());
    }

    private TemplateInstance page(long id, FormState form) {
        return Templates.my(views.get(id), receipts.history(id), checks.forOwner(id), inspections.forOwner(views.visible(id)), form);
    }

    @POST
    @Path("records/{check}/answer")
    public Response answer(@PathParam("id") long id, @PathParam("check") long check, MultivaluedMap<String, String> form) {
        return forms.submit(form, StaffRecordChecks.AnswerRequest.class, r -> {
            checks.answer(id, check, r.parsed());
            return Response.seeOther(URI.create("/assembly/" + id + "/my")).build();
        }, state -> page(id, state));
    }

    @GET
    @Path("proof")
    public TemplateInstance proof(@PathParam("id") long id, @QueryParam("code") String code) {
        TallyViews.ProofView proof = receipts.proof(code);
        if (proof.decisionId() != id) {
            throw DomainException.notFound("not-found.receipt");
        }
        return Templates.proof(views.get(id), proof);
    }
}
