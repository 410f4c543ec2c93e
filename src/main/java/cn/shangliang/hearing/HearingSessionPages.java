package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingPages.seeOther;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.PageForms;
import cn.shangliang.common.web.QrCheckIn;
import cn.shangliang.hearing.HearingViews.LinkTypeOption;
import cn.shangliang.hearing.HearingInput.AttendanceRequest;
import cn.shangliang.hearing.HearingInput.ReportPageForm;
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
import java.util.List;

/** Hearing pages from the lottery to the report: the draw, the session desk, the record, the report. */
@Path("/hearings/{id}")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class HearingSessionPages {

    @CheckedTemplate(basePath = "hearing")
    static class Templates {
        static native TemplateInstance draw(HearingView h, HearingActions actions, Stages stages, DrawView draw, boolean staff,
                                            PageForms forms);

        static native TemplateInstance session(HearingView h, HearingActions actions, Stages stages, RecordView record,
                                               SessionStage[] stagesList, StatementPosition[] positions, PageForms forms);

        static native TemplateInstance record(HearingView h, HearingActions actions, Stages stages, RecordView record,
                                              ApplicationView mine, boolean pendingSignOff, SignOff[] decisions,
                                              PageForms forms);

        static native TemplateInstance report(HearingView h, HearingActions actions, Stages stages, ReportView report, boolean staff,
                                              List<LinkTypeOption> linkTypes, PageForms forms);
    }

    @Inject
    FormPipeline forms;

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
        return draw(id, PageForms.fresh());
    }

    private TemplateInstance draw(long id, PageForms pageForms) {
        HearingPage p = HearingPage.of(hearings, id);
        DrawView draw = p.h().seed() == null ? null : selection.drawOf(id);
        return Templates.draw(p.h(), p.actions(), p.stages(), draw, p.staff(), pageForms);
    }

    @POST
    @Path("seed")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response seed(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit("/hearings/" + id + "/draw", "seed", form, SeedRequest.class,
                r -> selection.publishSeed(id, r), pageForms -> draw(id, pageForms));
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
        return session(id, PageForms.fresh());
    }

    private TemplateInstance session(long id, PageForms pageForms) {
        HearingPage p = HearingPage.of(hearings, id);
        if (!p.staff()) {
            throw DomainException.forbidden("forbidden.scope");
        }
        return Templates.session(p.h(), p.actions(), p.stages(), session.record(id), SessionStage.values(),
                StatementPosition.values(), pageForms);
    }

    @GET
    @Path("check-in/qr")
    @io.quarkus.security.Authenticated
    public TemplateInstance qrCheckInPage(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("t") String token) {
        return QrCheckIn.page(hearings.get(id).title(), "/hearings/" + id + "/check-in/qr", token);
    }

    @POST
    @Path("check-in/qr")
    @io.quarkus.security.Authenticated
    public Response qrCheckIn(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return QrCheckIn.submit(forms, form, "/hearings/" + id + "/check-in/qr", () -> hearings.get(id).title(),
                token -> session.qrCheckIn(id, token), "/hearings/" + id + "/record");
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
    public Response statement(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit("/hearings/" + id + "/session", "statement", form, StatementRequest.class,
                r -> session.statement(id, r), pageForms -> session(id, pageForms));
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
        return record(id, PageForms.fresh());
    }

    private TemplateInstance record(long id, PageForms pageForms) {
        HearingPage p = HearingPage.of(hearings, id);
        RecordView record = session.record(id);
        ApplicationView mine = registration.mine(id).orElse(null);
        boolean pending = mine != null && mine.signOff() == SignOff.PENDING;
        return Templates.record(p.h(), p.actions(), p.stages(), record, mine, pending,
                new SignOff[] {SignOff.SIGNED, SignOff.SIGNED_WITH_CORRECTIONS, SignOff.REFUSED}, pageForms);
    }

    @POST
    @Path("record/sign-off")
    @Authenticated
    public Response signOff(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit("/hearings/" + id + "/record", "signOff", form, SignOffRequest.class,
                r -> session.signOff(id, r), pageForms -> record(id, pageForms));
    }

    @GET
    @Path("report")
    @PermitAll
    public TemplateInstance report(@PathParam("id") long id) {
        return report(id, PageForms.fresh());
    }

    private TemplateInstance report(long id, PageForms pageForms) {
        HearingPage p = HearingPage.of(hearings, id);
        ReportView report = p.h().status() == HearingStatus.REPORT_PUBLISHED ? reports.report(id) : null;
        return Templates.report(p.h(), p.actions(), p.stages(), report, p.staff(), LinkTypeOption.all(null), pageForms);
    }

    @POST
    @Path("report")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response publishReport(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit("/hearings/" + id + "/report", "report", form, ReportPageForm.class,
                r -> reports.publish(id, r.request()), pageForms -> report(id, pageForms));
    }
}
