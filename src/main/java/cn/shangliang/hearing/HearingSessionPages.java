package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingPages.seeOther;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.hearing.HearingViews.LinkTypeOption;
import cn.shangliang.hearing.HearingInput.AttendanceRequest;
import cn.shangliang.hearing.HearingInput.ReportRequest;
import cn.shangliang.hearing.HearingInput.SeedRequest;
import cn.shangliang.hearing.HearingInput.SignOffRequest;
import cn.shangliang.hearing.HearingInput.StatementRequest;
import cn.shangliang.hearing.HearingViews.ApplicationView;
import cn.shangliang.hearing.HearingViews.DrawView;
import cn.shangliang.hearing.HearingViews.HearingView;
import cn.shangliang.hearing.HearingViews.RecordView;
import cn.shangliang.hearing.HearingViews.ReportView;
import cn.shangliang.common.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** Hearing pages from the lottery to the report: the draw, the session desk, the record, the report. */
@Path("/hearings/{id}")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class HearingSessionPages {

    @CheckedTemplate(basePath = "hearing")
    static class Templates {
        static native TemplateInstance draw(HearingView h, HearingActions actions, Stages stages, DrawView draw, boolean staff);

        static native TemplateInstance session(HearingView h, HearingActions actions, Stages stages, RecordView record,
                                               SessionStage[] stagesList, StatementPosition[] positions);

        static native TemplateInstance record(HearingView h, HearingActions actions, Stages stages, RecordView record,
                                              ApplicationView mine, boolean pendingSignOff, SignOff[] decisions);

        static native TemplateInstance report(HearingView h, HearingActions actions, Stages stages, ReportView report, boolean staff,
                                              List<LinkTypeOption> linkTypes);
    }

    @Inject
    HearingService hearings;

    @Inject
    RegistrationService registration;

    @Inject
    RepresentativeSelectionService selection;

    @Inject
    SessionService session;

    @Inject
    ReportService reports;

    @GET
    @Path("draw")
    @PermitAll
    public TemplateInstance draw(@PathParam("id") long id) {
        HearingView h = hearings.get(id);
        boolean staff = hearings.isStaff(h.communityId());
        DrawView draw = h.seed() == null ? null : selection.drawOf(id);
        return Templates.draw(h, HearingActions.of(h.status(), staff), stages(h, staff), draw, staff);
    }

    @POST
    @Path("seed")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response seed(@PathParam("id") long id, @RestForm String seed) {
        selection.publishSeed(id, new SeedRequest(seed));
        return seeOther("/hearings/" + id + "/draw");
    }

    @POST
    @Path("draw")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response runDraw(@PathParam("id") long id) {
        selection.draw(id);
        return seeOther("/hearings/" + id + "/draw");
    }

    @GET
    @Path("session")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public TemplateInstance session(@PathParam("id") long id) {
        HearingView h = hearings.get(id);
        if (!hearings.isStaff(h.communityId())) {
            throw DomainException.forbidden("forbidden.scope");
        }
        return Templates.session(h, HearingActions.of(h.status(), true), stages(h, true), session.record(id), SessionStage.values(),
                StatementPosition.values());
    }

    @GET
    @Path("check-in/qr")
    @io.quarkus.security.Authenticated
    public TemplateInstance qrCheckInPage(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("t") String token) {
        return cn.shangliang.common.web.QrCheckIn.page(hearings.get(id).title(), "/hearings/" + id + "/check-in/qr", token);
    }

    @POST
    @Path("check-in/qr")
    @io.quarkus.security.Authenticated
    public Response qrCheckIn(@PathParam("id") long id, @org.jboss.resteasy.reactive.RestForm String t) {
        session.qrCheckIn(id, t);
        return seeOther("/hearings/" + id + "/record");
    }

    @POST
    @Path("attendance")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response attendance(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        List<String> present = form.getOrDefault("present", List.of());
        try {
            session.attendance(id, new AttendanceRequest(present.stream().map(Long::valueOf).toList()));
        } catch (NumberFormatException e) {
            throw DomainException.badInput("hearing.attendance.unknown");
        }
        return seeOther("/hearings/" + id + "/session");
    }

    @POST
    @Path("session/open")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response open(@PathParam("id") long id) {
        session.open(id);
        return seeOther("/hearings/" + id + "/session");
    }

    @POST
    @Path("statements")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response statement(@PathParam("id") long id, @RestForm String stage, @RestForm String applicationId,
                              @RestForm String speaker, @RestForm String position, @RestForm String content) {
        Long representative;
        try {
            representative = applicationId == null || applicationId.isBlank() ? null : Long.valueOf(applicationId.strip());
        } catch (NumberFormatException e) {
            throw DomainException.badInput("hearing.session.unknown-speaker");
        }
        session.statement(id, new StatementRequest(HearingForms.enumValue(SessionStage.class, stage, "stage"), representative,
                speaker, HearingForms.enumValue(StatementPosition.class, position, "position"), content));
        return seeOther("/hearings/" + id + "/session");
    }

    @POST
    @Path("session/end")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response end(@PathParam("id") long id) {
        session.end(id);
        return seeOther("/hearings/" + id + "/record");
    }

    @GET
    @Path("record")
    @PermitAll
    public TemplateInstance record(@PathParam("id") long id) {
        HearingView h = hearings.get(id);
        RecordView record = session.record(id);
        ApplicationView mine = registration.mine(id).orElse(null);
        boolean pending = mine != null && mine.signOff() == SignOff.PENDING;
        return Templates.record(h, HearingActions.of(h.status(), hearings.isStaff(h.communityId())), stages(h, hearings.isStaff(h.communityId())), record, mine, pending,
                new SignOff[] {SignOff.SIGNED, SignOff.SIGNED_WITH_CORRECTIONS, SignOff.REFUSED});
    }

    @POST
    @Path("record/sign-off")
    @Authenticated
    public Response signOff(@PathParam("id") long id, @RestForm String decision, @RestForm String note) {
        session.signOff(id, new SignOffRequest(HearingForms.enumValue(SignOff.class, decision, "decision"), note));
        return seeOther("/hearings/" + id + "/record");
    }

    @GET
    @Path("report")
    @PermitAll
    public TemplateInstance report(@PathParam("id") long id) {
        HearingView h = hearings.get(id);
        boolean staff = hearings.isStaff(h.communityId());
        ReportView report = h.status() == HearingStatus.REPORT_PUBLISHED ? reports.report(id) : null;
        return Templates.report(h, HearingActions.of(h.status(), staff), stages(h, staff), report, staff, HearingForms.linkTypes(null));
    }

    @POST
    @Path("report")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response publishReport(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.get(0)));
        HearingForms.Parser parser = new HearingForms.Parser();
        var decision = HearingForms.link(parser, values, "decision");
        parser.throwIfAny();
        reports.publish(id, new ReportRequest(values.get("summary"), values.get("viewsFor"), values.get("viewsAgainst"),
                values.get("adopted"), values.get("notAdopted"), decision));
        return seeOther("/hearings/" + id + "/report");
    }

    private static Stages stages(HearingView h, boolean staff) {
        return Stages.of(h.status(), h.seed() != null, staff);
    }
}
