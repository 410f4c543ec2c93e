package cn.shangliang.hearing;

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
import cn.shangliang.hearing.HearingViews.StatementView;
import cn.shangliang.common.security.Role;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hearings as JSON, from the lottery to the report: seed, draw, attendance, statements, sign-offs, report. */
@Path("/api/hearings/{id}")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hearings")
public class HearingSessionApi {

    @Inject
    RepresentativeSelectionService selection;

    @Inject
    SessionService session;

    @Inject
    ReportService reports;

    @POST
    @Path("seed")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Publish the lottery seed, taken from the announced source, before the draw")
    public HearingView seed(@PathParam("id") long id, SeedRequest request) {
        return selection.publishSeed(id, request);
    }

    @POST
    @Path("draw")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Draw the representatives from the published seed and fix the list")
    public HearingView draw(@PathParam("id") long id) {
        return selection.draw(id);
    }

    @GET
    @Path("draw")
    @PermitAll
    @Operation(summary = "The draw step by step, recomputed from the published seed and applicant list")
    public DrawView drawOf(@PathParam("id") long id) {
        return selection.drawOf(id);
    }

    @PUT
    @Path("attendance")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Record which representatives are present (application ids)")
    public RecordView attendance(@PathParam("id") long id, AttendanceRequest request) {
        return session.attendance(id, request);
    }

    @POST
    @Path("session/open")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Open the session on the hearing day with enough representatives present")
    public HearingView open(@PathParam("id") long id) {
        return session.open(id);
    }

    @POST
    @Path("statements")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Record a statement in the order of business")
    public Response statement(@PathParam("id") long id, StatementRequest request) {
        StatementView view = session.statement(id, request);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("session/end")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "End the session; the record goes to the representatives to confirm")
    public HearingView end(@PathParam("id") long id) {
        return session.end(id);
    }

    @GET
    @Path("record")
    @PermitAll
    @Operation(summary = "The record: attendance, statements in order, sign-offs")
    public RecordView record(@PathParam("id") long id) {
        return session.record(id);
    }

    @POST
    @Path("record/sign-off")
    @Authenticated
    @Operation(summary = "A present representative confirms the record for themself")
    public ApplicationView signOff(@PathParam("id") long id, SignOffRequest request) {
        return session.signOff(id, request);
    }

    @POST
    @Path("report")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Publish the report, linked to the decision it informed")
    public Response publishReport(@PathParam("id") long id, ReportRequest request) {
        return Response.status(Response.Status.CREATED).entity(reports.publish(id, request)).build();
    }

    @GET
    @Path("report")
    @PermitAll
    @Operation(summary = "The published report")
    public ReportView report(@PathParam("id") long id) {
        return reports.report(id);
    }
}
