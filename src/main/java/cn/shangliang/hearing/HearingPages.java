package cn.shangliang.hearing;

import cn.shangliang.common.web.Ui;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.PageForms;
import cn.shangliang.hearing.HearingViews.LinkTypeOption;
import cn.shangliang.hearing.HearingViews.SeatField;
import cn.shangliang.hearing.HearingInput.ApplicationRequest;
import cn.shangliang.hearing.HearingInput.CancelRequest;
import cn.shangliang.hearing.HearingViews.ApplicationView;
import cn.shangliang.hearing.HearingViews.CommunityOption;
import cn.shangliang.hearing.HearingViews.HearingSummary;
import cn.shangliang.hearing.HearingViews.HearingView;
import cn.shangliang.common.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Hearing pages: the list, planning and announcing, the hearing's own page with registration, the applicants. */
@Path("/hearings")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class HearingPages {

    @CheckedTemplate(basePath = "hearing")
    static class Templates {
        static native TemplateInstance list(List<HearingSummary> hearings, boolean staff, int page, boolean more);

        static native TemplateInstance form(Long id, FormState form, List<SeatField> seats,
                                            List<LinkTypeOption> linkTypes, List<CommunityOption> communities,
                                            int materialsDays);

        static native TemplateInstance show(HearingView h, HearingActions actions, Stages stages, List<SeatField> seats,
                                            ApplicationKind[] kinds, ApplicationView mine, boolean staff,
                                            PageForms forms);

        static native TemplateInstance applicants(HearingView h, Stages stages, List<ApplicationView> applicants);
    }

    @Inject
    Ui ui;

    @Inject
    FormPipeline forms;

    @Inject
    HearingService hearings;

    @Inject
    RegistrationService registration;

    @GET
    @PermitAll
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        List<HearingSummary> list = hearings.list(null, page);
        boolean staff = !hearings.staffCommunities(null).isEmpty();
        return Templates.list(list, staff, Math.max(page, 0), list.size() == HearingService.PAGE_SIZE);
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public TemplateInstance newForm() {
        if (hearings.staffCommunities(null).isEmpty()) {
            throw DomainException.forbidden("forbidden.hearing.create");
        }
        return form(null, FormState.of(HearingPageForm.blank(hearings.defaults())));
    }

    @POST
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response create(MultivaluedMap<String, String> form) {
        return forms.submit(form, HearingPageForm.class, f -> {
            if (f.communityId() == null) {
                throw DomainException.invalid(List.of(new DomainException.FieldError("communityId", "field.community")));
            }
            HearingView created = hearings.create(f.communityId(), f.request());
            return seeOther("/hearings/" + created.id());
        }, state -> form(null, state));
    }

    @GET
    @Path("{id}")
    @PermitAll
    public TemplateInstance show(@PathParam("id") long id) {
        return show(id, PageForms.fresh());
    }

    private TemplateInstance show(long id, PageForms pageForms) {
        HearingPage p = HearingPage.of(hearings, id);
        return Templates.show(p.h(), p.actions(), p.stages(), SeatField.of(p.h().seats(), false), ApplicationKind.values(),
                registration.mine(id).orElse(null), p.staff(), pageForms);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public TemplateInstance editForm(@PathParam("id") long id) {
        HearingView h = hearings.get(id);
        if (!hearings.isStaff(h.communityId())) {
            throw DomainException.forbidden("forbidden.scope");
        }
        return form(id, FormState.of(HearingPageForm.of(h, hearings.defaults())));
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, HearingPageForm.class, f -> {
            hearings.update(id, f.request());
            return seeOther("/hearings/" + id);
        }, state -> form(id, state));
    }

    @POST
    @Path("{id}/announce")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response announce(@PathParam("id") long id) {
        hearings.announce(id);
        return seeOther("/hearings/" + id);
    }

    @POST
    @Path("{id}/registration/open")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response openRegistration(@PathParam("id") long id) {
        hearings.openRegistration(id);
        return seeOther("/hearings/" + id);
    }

    @POST
    @Path("{id}/registration/close")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response closeRegistration(@PathParam("id") long id) {
        hearings.closeRegistration(id);
        return seeOther("/hearings/" + id + "/applicants");
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public Response cancel(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit("/hearings/" + id, "cancel", form, CancelRequest.class, r -> hearings.cancel(id, r),
                pageForms -> show(id, pageForms));
    }

    @POST
    @Path("{id}/applications")
    @RolesAllowed(Role.N_RESIDENT)
    public Response apply(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit("/hearings/" + id, "apply", form, ApplicationRequest.class, r -> registration.register(id, r),
                pageForms -> show(id, pageForms));
    }

    @GET
    @Path("{id}/applicants")
    @PermitAll
    public TemplateInstance applicants(@PathParam("id") long id) {
        HearingPage p = HearingPage.of(hearings, id);
        return Templates.applicants(p.h(), p.stages(), registration.applicants(id));
    }

    /**
     * The hearing form: fresh (the blank or planned fields), or as the visitor left it (FormPipeline), what they
     * typed over the blank fields and every error by its field.
     */
    private TemplateInstance form(Long id, FormState state) {
        Map<String, String> values = HearingPageForm.blank(hearings.defaults());
        values.putAll(state.values());
        FormState form = new FormState(values, state.errors(), state.general());
        return Templates.form(id, form, HearingPageForm.seats(values), LinkTypeOption.all(values.get("link_type")),
                hearings.staffCommunities(values.get("communityId")), hearings.defaults().materialsDays());
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
