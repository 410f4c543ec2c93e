package cn.shangliang.assembly;

import cn.shangliang.assembly.StaffBallotRequests.DeliveryRequest;
import cn.shangliang.assembly.StaffBallotRequests.MandateRequest;
import cn.shangliang.assembly.StaffBallotRequests.PaperRequest;
import cn.shangliang.assembly.StaffBallotRequests.VoidRequest;
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

import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.PageForms;
import jakarta.ws.rs.QueryParam;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.function.Consumer;

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
                                               VoterNames.VoterName voter, PageForms forms);
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
        return page(id, find, voter, PageForms.fresh());
    }

    private TemplateInstance page(long id, String find, String voter, PageForms forms) {
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
                find == null ? List.of() : voterNames.search(decisionId, find), picked, forms);
    }

    @POST
    @Path("conflicts")
    public Response resolve(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "conflicts", form, ConflictService.ResolveRequest.class, r -> conflicts.resolve(id, r));
    }

    @POST
    @Path("paper")
    public Response paper(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "paper", form, PaperRequest.class, r -> staff.enterPaper(id, r));
    }

    @POST
    @Path("paper/{entry}/void")
    public Response voidPaper(@PathParam("id") long id, @PathParam("entry") long entry, MultivaluedMap<String, String> form) {
        return submit(id, "void", form, VoidRequest.class, r -> staff.voidPaper(id, entry, r));
    }

    @POST
    @Path("mandates")
    public Response mandate(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "mandates", form, MandateRequest.class, r -> staff.registerMandate(id, r));
    }

    @POST
    @Path("mandates/{mandate}/ballot")
    public Response proxyBallot(@PathParam("id") long id, @PathParam("mandate") long mandate,
                                MultivaluedMap<String, String> form) {
        return submit(id, "proxyBallot", form, CastRequest.class, r -> staff.recordProxyBallot(id, mandate, r));
    }

    @POST
    @Path("deliveries")
    public Response delivery(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "deliveries", form, DeliveryRequest.class, r -> staff.recordDelivery(id, r));
    }

    /** One of the page's forms: back to the page (303), or the page again with that form as typed (400). */
    private <T> Response submit(long id, String name, MultivaluedMap<String, String> form, Class<T> type, Consumer<T> use) {
        String voter = form.getFirst("voterKey");
        return forms.submit("/assembly/" + id + "/records", name, form, type, use, state -> page(id, null, voter, state));
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/assembly/" + id + "/records")).build();
    }
}
