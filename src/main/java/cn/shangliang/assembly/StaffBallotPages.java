package cn.shangliang.assembly;

import cn.shangliang.assembly.StaffBallotRequests.DeliveryRequest;
import cn.shangliang.assembly.StaffBallotRequests.MandateRequest;
import cn.shangliang.assembly.StaffBallotRequests.PaperRequest;
import cn.shangliang.assembly.rules.Choice;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** Staff pages for what is recorded on owners' behalf: paper ballots, proxy mandates and ballots, deliveries. */
@Path("/assembly/{id}/records")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class StaffBallotPages {

    @CheckedTemplate(basePath = "assembly")
    static class Templates {
        static native TemplateInstance records(DecisionView d, List<StaffBallotRequests.PaperEntryView> paper,
                                               List<StaffBallotRequests.MandateView> mandates, Choice[] choices,
                                               List<StaffRecordChecks.CheckView> checks);
    }

    @Inject
    DecisionViews views;

    @Inject
    StaffBallotService staff;

    @Inject
    StaffRecordChecks checks;

    @POST
    @Path("checks/{check}/confirm")
    public Response confirm(@PathParam("id") long id, @PathParam("check") long check) {
        checks.confirm(id, check);
        return back(id);
    }

    @GET
    public TemplateInstance page(@PathParam("id") long id) {
        List<StaffBallotRequests.PaperEntryView> paper = staff.paperEntries(id);
        return Templates.records(views.get(id), paper, staff.mandates(id), Choice.values(), checks.forStaff(id));
    }

    @POST
    @Path("paper")
    public Response paper(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        CastRequest cast = FormFields.cast(form);
        staff.enterPaper(id, new PaperRequest(form.getFirst("sheetNo"), FormFields.id("ownerId", form.getFirst("ownerId")),
                cast.voterKey(), cast.choice(), cast.choices()));
        return back(id);
    }

    @POST
    @Path("paper/{entry}/void")
    public Response voidPaper(@PathParam("id") long id, @PathParam("entry") long entry, @RestForm String reason) {
        staff.voidPaper(id, entry, reason);
        return back(id);
    }

    @POST
    @Path("mandates")
    public Response mandate(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        CastRequest instruction = FormFields.cast(form);
        staff.registerMandate(id, new MandateRequest(FormFields.id("ownerId", form.getFirst("ownerId")), instruction.voterKey(),
                form.getFirst("proxyName"), form.getFirst("proxyIdNumber"), FormFields.blankToNull(instruction.choice()),
                instruction.choices()));
        return back(id);
    }

    @POST
    @Path("mandates/{mandate}/ballot")
    public Response proxyBallot(@PathParam("id") long id, @PathParam("mandate") long mandate,
                                MultivaluedMap<String, String> form) {
        staff.recordProxyBallot(id, mandate, FormFields.cast(form));
        return back(id);
    }

    @POST
    @Path("deliveries")
    public Response delivery(@PathParam("id") long id, @RestForm String ownerId, @RestForm String voterKey,
                             @RestForm String method) {
        staff.recordDelivery(id, new DeliveryRequest(FormFields.id("ownerId", ownerId), FormFields.blankToNull(voterKey), method));
        return back(id);
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/assembly/" + id + "/records")).build();
    }
}
