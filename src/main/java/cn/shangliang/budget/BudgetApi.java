package cn.shangliang.budget;

import cn.shangliang.budget.BudgetForms.TextForm;
import cn.shangliang.budget.BudgetViews.ComplaintView;
import cn.shangliang.budget.BudgetViews.ObjectionView;
import cn.shangliang.common.throttle.ClientAddress;
import cn.shangliang.common.throttle.Throttle;
import cn.shangliang.common.throttle.ThrottleLimit;
import cn.shangliang.common.web.BodyLimits;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
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

import java.util.Optional;

/** Answers to objections and complaints, and the stateless Pabulib selection endpoint. */
@Path("/api/budget")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "budget")
@Authenticated
public class BudgetApi {

    @Inject
    NoticePeriodService notice;

    @Inject
    EvaluationService evaluation;

    @Inject
    PabulibService pabulib;

    @Inject
    CurrentUser user;

    @Inject
    Throttle throttle;

    @Inject
    ClientAddress client;

    @POST
    @Path("objections/{id}/answer")
    public ObjectionView answerObjection(@PathParam("id") long id, TextForm form) {
        return notice.answer(id, form);
    }

    @POST
    @Path("complaints/{id}/answer")
    public ComplaintView answerComplaint(@PathParam("id") long id, TextForm form) {
        return evaluation.answerComplaint(id, form);
    }

    /**
     * Runs a rule on a .pb file sent as the body: the selected project ids in funding order, with the reason
     * for every project. Without {@code rule}, the file's META rule. A malformed file is a 400 naming its line.
     * The rules can take seconds of CPU on a large file: anonymous callers may send small files only
     * ({@value #ANONYMOUS_MAX_BYTES} bytes, 413 above), and every caller is limited per client address or per login
     * ({@link ThrottleLimit#PABULIB_SELECT}, 429 with Retry-After).
     */
    @POST
    @Path("pabulib/select")
    @PermitAll
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public PabulibService.Selection select(@QueryParam("rule") String rule, String file) {
        boolean anonymous = !user.authenticated();
        if (anonymous && file != null && file.length() > ANONYMOUS_MAX_BYTES) {
            throw DomainException.of(413, "body-too-large", BodyLimits.megabytes(ANONYMOUS_MAX_BYTES));
        }
        Optional<String> subject = anonymous ? client.current().map(c -> "client:" + c)
                : Optional.of(user.auditName());
        subject.flatMap(s -> throttle.count(ThrottleLimit.PABULIB_SELECT, s)).ifPresent(wait -> {
            throw DomainException.tooManyAttempts(wait);
        });
        return pabulib.select(file, rule);
    }

    /** The largest file an anonymous caller may have checked (a real cycle's file is for logged-in staff). */
    static final int ANONYMOUS_MAX_BYTES = 256 * 1024;
}
