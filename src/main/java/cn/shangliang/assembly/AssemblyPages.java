package cn.shangliang.assembly;

import cn.shangliang.common.web.Ui;
import cn.shangliang.assembly.TallyViews.ReceiptLookup;
import cn.shangliang.assembly.TallyViews.TurnoutView;
import cn.shangliang.assembly.rules.MatterType;
import cn.shangliang.common.export.Column;
import cn.shangliang.common.export.Downloads;
import cn.shangliang.common.export.Export;
import cn.shangliang.common.export.ExportFormat;
import cn.shangliang.common.export.ExportMessages;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Ui;
import cn.shangliang.common.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import cn.shangliang.common.web.PageForms;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The decision pages: list, preparation by staff, the decision with turnout or result, verification, receipts. */
@Path("/assembly")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AssemblyPages {

    @CheckedTemplate(basePath = "assembly")
    static class Templates {
        static native TemplateInstance list(List<DecisionView> decisions, int page, boolean more, boolean canPrepare,
                                            Long estate);

        static native TemplateInstance form(Long estateId, Map<String, String> values, List<DomainException.FieldError> errors,
                                            String error, MatterType[] matters, List<EstateOption> estates, Long editing);

        static native TemplateInstance show(DecisionView d, TurnoutView turnout, ResultView result, boolean staff,
                                            DecisionActions actions, boolean inspections, PageForms forms);

        static native TemplateInstance verification(DecisionView d, TallyViews.VerificationView v, boolean more);

        static native TemplateInstance receipt(String code, ReceiptLookup lookup, String error);
    }

    @Inject
    ReceiptService receipts;

    @Inject
    PublicRecordService records;

    @Inject
    DecisionService decisions;

    @Inject
    DecisionViews views;

    @Inject
    TallyService tally;

    @Inject
    Downloads downloads;

    @Inject
    Ui ui;

    @Inject
    cn.shangliang.common.web.FormPipeline forms;

    @Inject
    cn.shangliang.identity.CurrentUser currentUser;

    @GET
    @PermitAll
    public TemplateInstance list(@QueryParam("estate") Long estate, @QueryParam("page") @DefaultValue("0") int page) {
        List<DecisionView> list = views.page(estate, page);
        return Templates.list(list, Math.max(page, 0), list.size() == DecisionViews.PAGE_SIZE,
                currentUser.cardId().isEmpty() && currentUser.hasRole(Role.COMMUNITY_STAFF), estate);
    }

    @GET
    @Path("new")
    @Authenticated
    public TemplateInstance form(@QueryParam("estate") Long estate) {
        if (!currentUser.hasRole(Role.COMMUNITY_STAFF)) {
            throw DomainException.forbidden("forbidden.assembly.staff-only");
        }
        return Templates.form(estate, Map.of(), List.of(), null, MatterType.values(), estates(), null);
    }

    /** An estate staff may prepare a decision for, so nobody types {@code ?estate=} by hand (issue 19). */
    public record EstateOption(long id, String name) {

        public String idText() {
            return String.valueOf(id);
        }
    }

    private List<EstateOption> estates() {
        List<Long> communities = currentUser.grants().stream()
                .filter(g -> g.role == Role.COMMUNITY_STAFF && g.scopeType == cn.shangliang.identity.Scope.Type.COMMUNITY)
                .map(g -> g.scopeId).toList();
        return communities.isEmpty() ? List.of() : cn.shangliang.community.Estate.<cn.shangliang.community.Estate>list(
                "communityId in ?1 order by name", communities).stream().map(e -> new EstateOption(e.id, e.name)).toList();
    }

    @POST
    @Authenticated
    public Response create(MultivaluedMap<String, String> form) {
        return submit(form, null);
    }

    @GET
    @Path("{id}/edit")
    @Authenticated
    public TemplateInstance editForm(@PathParam("id") long id) {
        DecisionView d = views.get(id);
        if (!views.isStaff(views.visible(id))) {
            throw DomainException.forbidden("forbidden.assembly.staff-only");
        }
        Map<String, String> values = new java.util.HashMap<>();
        values.put("title", d.title());
        values.put("text", d.text());
        values.put("attachments", d.attachments() == null ? "" : d.attachments());
        values.put("matterType", d.matterType().name());
        values.put("candidates", String.join("\n", d.candidates().stream().map(DecisionView.CandidateView::name).toList()));
        values.put("seats", d.seats() == null ? "" : d.seats().toString());
        values.put("opensAt", LOCAL.format(d.opensAt()));
        values.put("closesAt", LOCAL.format(d.closesAt()));
        values.put("proxyCap", d.proxyCap() == null ? "" : d.proxyCap().toString());
        return Templates.form(d.estateId(), values, List.of(), null, MatterType.values(), List.of(), id);
    }

    private static final java.time.format.DateTimeFormatter LOCAL = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm").withZone(cn.shangliang.common.web.TemplateExtensions.ZONE);

    @POST
    @Path("{id}/edit")
    @Authenticated
    public Response edit(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(form, id);
    }

    private Response submit(MultivaluedMap<String, String> form, Long editing) {
        return forms.submit(form, DecisionPageForm.class, f -> {
            DecisionView d = editing == null ? decisions.create(f.form()) : decisions.update(editing, f.form());
            return Response.seeOther(URI.create("/assembly/" + d.id())).build();
        }, state -> {
            List<DomainException.FieldError> errors = new java.util.ArrayList<>();
            state.errors().forEach((field, text) -> errors.add(new DomainException.FieldError(field, text)));
            String error = state.general().isEmpty() ? forms.text("invalid-input") : String.join(" ", state.general());
            return Templates.form(estateOf(state.values().get("estateId")), state.values(), errors, error,
                    MatterType.values(), editing == null ? estates() : List.of(), editing);
        });
    }

    private static Long estateOf(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GET
    @Path("{id}")
    @PermitAll
    public TemplateInstance show(@PathParam("id") long id) {
        return show(id, PageForms.fresh());
    }

    private TemplateInstance show(long id, PageForms forms) {
        DecisionView d = views.get(id);
        TurnoutView turnout = d.phase() == Phase.NOTICE || d.phase() == Phase.VOTING || d.phase() == Phase.COUNTING
                ? tally.turnout(id) : null;
        ResultView result = d.status() == DecisionStatus.CLOSED ? tally.result(id) : null;
        Decision decision = views.visible(id);
        boolean staff = views.isStaff(decision);
        return Templates.show(d, turnout, result, staff, DecisionActions.of(d.status(), d.phase(), staff, result != null),
                BallotInspectionPages.mayList(currentUser, decision), forms);
    }

    @POST
    @Path("{id}/publish")
    @Authenticated
    public Response publish(@PathParam("id") long id) {
        decisions.publish(id);
        return back(id);
    }

    @POST
    @Path("{id}/extend")
    @Authenticated
    public Response extend(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit("/assembly/" + id, "extend", form, DecisionService.ExtendRequest.class,
                r -> decisions.extend(id, r), f -> show(id, f));
    }

    @POST
    @Path("{id}/cancel")
    @Authenticated
    public Response cancel(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit("/assembly/" + id, "cancel", form, DecisionService.CancelRequest.class,
                r -> decisions.cancel(id, r), f -> show(id, f));
    }

    @POST
    @Path("{id}/close")
    @Authenticated
    public Response close(@PathParam("id") long id) {
        tally.close(id);
        return back(id);
    }

    @POST
    @Path("{id}/recount")
    @Authenticated
    public Response recount(@PathParam("id") long id) {
        tally.recount(id);
        return back(id);
    }

    @GET
    @Path("{id}/verification")
    @PermitAll
    public TemplateInstance verification(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page) {
        TallyViews.VerificationView v = records.verification(id, page);
        return Templates.verification(views.get(id), v, (long) (v.page() + 1) * v.pageSize() < v.leafCount());
    }

    /** The whole public verification list as one file (XLSX by default, {@code ?format=csv}): no names. */
    @GET
    @Path("{id}/verification/export")
    @PermitAll
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.TEXT_HTML})
    public Response exportVerification(@PathParam("id") long id, @QueryParam("format") String format) {
        ExportFormat f = Downloads.format(format);
        TallyViews.VerificationView v = records.verificationWhole(id);
        ExportMessages m = ui.bundle(ExportMessages.class);
        List<Column> columns = List.of(Column.number(m.leaf_index()), Column.id(m.leaf_hash()), Column.id(m.merkle_root()));
        List<List<?>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < v.leaves().size(); i++) {
            rows.add(List.of(i + 1, v.leaves().get(i), i == 0 ? v.merkleRoot() : ""));
        }
        return downloads.file(f, new Export("verification-" + id, m.sheet_verification(), columns, Export.of(rows)));
    }

    @GET
    @Path("receipt")
    @PermitAll
    public Response receipt(@QueryParam("code") String code) {
        if (code == null || code.isBlank()) {
            return Response.ok(Templates.receipt(null, null, null)).build();
        }
        try {
            return Response.ok(Templates.receipt(code, receipts.lookup(code), null)).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.receipt(code, null, e.detail(ui.lang()))).build();
        }
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/assembly/" + id)).build();
    }
}
