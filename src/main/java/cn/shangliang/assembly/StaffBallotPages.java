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

import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import jakarta.ws.rs.QueryParam;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
                                               List<StaffRecordChecks.CheckView> checks, ConflictService.Conflicts conflicts,
                                               Map<String, String> names, String find, List<VoterNames.VoterName> found,
                                               VoterNames.VoterName voter, FormState form);
    }

    @Inject
    DecisionViews views;

    @Inject
    StaffBallotService staff;

    @Inject
    StaffRecordChecks checks;

    @Inject
    ConflictService conflicts;

    @Inject
    VoterNames voterNames;

    @Inject
    DecisionService decisions;

    @Inject
    FormPipeline forms;

    @POST
    @Path("checks/{check}/confirm")
    public Response confirm(@PathParam("id") long id, @PathParam("check") long check) {
        checks.confirm(id, check);
        return back(id);
    }

    /**
     * @param find what staff typed to find an owner (a flat such as 1栋101, or a name)
     * @param voter the voter picked from what was found: the entry forms then record for them
     */
    @GET
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("find") String find, @QueryParam("voter") String voter) {
        return page(id, find, voter, FormState.empty());
    }

    private TemplateInstance page(long id, String find, String voter, FormState form) {
        long decisionId = decisions.requireStaff(id).id;
        List<StaffBallotRequests.PaperEntryView> paper = staff.paperEntries(id);
        List<StaffBallotRequests.MandateView> mandates = staff.mandates(id);
        List<StaffRecordChecks.CheckView> held = checks.forStaff(id);
        ConflictService.Conflicts open = conflicts.list(id);
        Set<String> keys = new HashSet<>();
        paper.forEach(e -> keys.add(e.voterKey()));
        mandates.forEach(m -> keys.add(m.voterKey()));
        held.forEach(c -> keys.add(c.voterKey()));
        Map<String, String> names = new HashMap<>();
        voterNames.of(decisionId, keys).forEach((k, v) -> names.put(k, v.name()));
        VoterNames.VoterName picked = voter == null || voter.isBlank() ? null : voterNames.one(decisionId, voter.strip());
        return Templates.records(views.get(id), paper, mandates, Choice.values(), held, open, names, find,
                find == null ? List.of() : voterNames.search(decisionId, find), picked, form);
    }

    @POST
    @Path("conflicts")
    public Response resolve(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, ConflictService.ResolveRequest.class, r -> {
            conflicts.resolve(id, r);
            return back(id);
        }, state -> page(id, null, null, state));
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
