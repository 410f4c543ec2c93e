package cn.shangliang.assembly;

import cn.shangliang.assembly.BallotInspectionService.Disclosure;
import cn.shangliang.assembly.BallotInspectionService.InspectionRequest;
import cn.shangliang.assembly.BallotInspectionService.InspectionView;
import cn.shangliang.assembly.BallotInspectionService.RefusalRequest;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.identity.CurrentUser;
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

/** 查阅表决票 pages: the request form and list for staff, approval for supervisors, the named ballots for the two. */
@Path("/assembly/{id}/inspections")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class BallotInspectionPages {

    @CheckedTemplate(basePath = "assembly")
    static class Templates {
        static native TemplateInstance inspections(DecisionView d, List<InspectionRow> inspections, boolean canRequest,
                                                   boolean canDecide, String me, InspectionBasis[] bases,
                                                   FormState form);

        static native TemplateInstance inspection(DecisionView d, Disclosure disclosure);
    }

    @Inject
    BallotInspectionService inspections;

    @Inject
    DecisionViews views;

    @Inject
    FormPipeline forms;

    @Inject
    CurrentUser currentUser;

    /**
     * One inspection with the steps the visitor may take on it, from the workflow and the account rules
     * ({@link BallotInspectionPermissions#check}): open the named choices, or approve or refuse the request.
     */
    public record InspectionRow(InspectionView view, boolean open, boolean decide) {

        static InspectionRow of(InspectionView i, String me, boolean supervisor) {
            boolean open = BallotInspectionPermissions.check(BallotInspectionPermissions.Action.READ_CHOICES, me,
                    i.requestedBy(), i.decidedBy(), i.status()).isEmpty();
            boolean decide = supervisor
                    && BallotInspectionWorkflow.TABLE.allows(i.status(), BallotInspectionStatus.APPROVED)
                    && BallotInspectionPermissions.check(BallotInspectionPermissions.Action.DECIDE, me,
                    i.requestedBy(), i.decidedBy(), i.status()).isEmpty();
            return new InspectionRow(i, open, decide);
        }
    }

    @GET
    public TemplateInstance page(@PathParam("id") long id) {
        return page(id, FormState.empty());
    }

    private TemplateInstance page(long id, FormState form) {
        List<InspectionView> list = inspections.list(id);
        Decision d = views.visible(id);
        boolean card = currentUser.cardId().isPresent();
        boolean canRequest = !card && DecisionWorkflow.isCounted(d.status) && currentUser.hasAnyRole(DecisionService.scope(d),
                BallotInspectionPermissions.roles(BallotInspectionPermissions.Action.REQUEST));
        boolean canDecide = !card && currentUser.hasAnyRole(DecisionService.scope(d),
                BallotInspectionPermissions.roles(BallotInspectionPermissions.Action.DECIDE));
        String me = currentUser.auditName();
        List<InspectionRow> rows = list.stream().map(i -> InspectionRow.of(i, me, canDecide)).toList();
        return Templates.inspections(views.of(d), rows, canRequest, canDecide, me, InspectionBasis.values(), form);
    }

    @POST
    public Response request(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, InspectionRequest.class, r -> {
            inspections.request(id, r);
            return back(id);
        }, state -> page(id, state));
    }

    @POST
    @Path("{inspection}/approve")
    public Response approve(@PathParam("id") long id, @PathParam("inspection") long inspection) {
        inspections.approve(id, inspection);
        return back(id);
    }

    @POST
    @Path("{inspection}/refuse")
    public Response refuse(@PathParam("id") long id, @PathParam("inspection") long inspection,
                           MultivaluedMap<String, String> form) {
        return forms.submit(form, RefusalRequest.class, r -> {
            inspections.refuse(id, inspection, r);
            return back(id);
        }, state -> page(id, state));
    }

    @GET
    @Path("{inspection}")
    public TemplateInstance ballots(@PathParam("id") long id, @PathParam("inspection") long inspection) {
        Disclosure disclosure = inspections.disclose(id, inspection);
        return Templates.inspection(views.get(id), disclosure);
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/assembly/" + id + "/inspections")).build();
    }

    static boolean mayList(CurrentUser user, Decision d) {
        return user.cardId().isEmpty() && user.hasAnyRole(DecisionService.scope(d),
                BallotInspectionPermissions.roles(BallotInspectionPermissions.Action.LIST));
    }
}
