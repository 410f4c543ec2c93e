package cn.shangliang.budget;

import cn.shangliang.budget.BudgetForms.TextForm;
import cn.shangliang.budget.BudgetViews.ComplaintView;
import cn.shangliang.budget.BudgetViews.ObjectionView;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Answers to objections and complaints, and the stateless Pabulib selection endpoint. */
@Path("/api/budget")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "budget")
public class BudgetApi {

    @Inject
    NoticePeriodService notice;

    @Inject
    EvaluationService evaluation;

    @Inject
    PabulibService pabulib;

    @POST
    @Path("objections/{id}/answer")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectionView answerObjection(@PathParam("id") long id, TextForm form) {
        return notice.answer(id, form);
    }

    @POST
    @Path("complaints/{id}/answer")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView answerComplaint(@PathParam("id") long id, TextForm form) {
        return evaluation.answerComplaint(id, form);
    }

    /**
     * Runs a rule on a .pb file sent as the body: the selected project ids in funding order, with the reason
     * for every project. Without {@code rule}, the file's META rule. A malformed file is a 400 naming its line.
     */
    @POST
    @Path("pabulib/select")
    @PermitAll
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public PabulibService.Selection select(@QueryParam("rule") String rule, String file) {
        return pabulib.select(file, rule);
    }
}
