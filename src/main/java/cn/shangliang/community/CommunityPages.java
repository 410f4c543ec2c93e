package cn.shangliang.community;

import cn.shangliang.community.CommunityForms.CommunityForm;
import cn.shangliang.community.CommunityForms.EstateForm;
import cn.shangliang.community.CommunityForms.HouseholdForm;
import cn.shangliang.community.CommunityForms.OrganizationForm;
import cn.shangliang.community.CommunityForms.ResidentForm;
import cn.shangliang.community.CommunityViews.CommunityDetail;
import cn.shangliang.community.CommunityViews.HouseholdView;
import cn.shangliang.community.CommunityViews.OrganizationView;
import cn.shangliang.community.CommunityViews.PageOf;
import cn.shangliang.community.CommunityViews.ResidentView;
import cn.shangliang.community.CommunityViews.SubdistrictView;
import cn.shangliang.community.roster.RosterTemplate;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.PageForms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.Authenticated;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
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
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Staff pages for communities: their estates, organizations, households and residents.
 * Only @Authenticated here: CommunityAccess checks role and scope in the services, and a refusal from there
 * renders the normal error page (a @RolesAllowed refusal comes before the CSRF filter and breaks the layout).
 */
@Path("/community")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class CommunityPages {

    @CheckedTemplate(basePath = "community")
    static class Templates {
        static native TemplateInstance index(List<SubdistrictView> subdistricts, Set<Long> adminOf, PageForms forms);

        static native TemplateInstance community(CommunityDetail detail, List<OrganizationView> organizations,
                                                 List<HouseholdView> households, PageOf<ResidentView> residents,
                                                 OrganizationKind[] organizationKinds, boolean saved,
                                                 PageForms forms);
    }

    @Inject
    CommunityService communities;

    @Inject
    ResidentService residents;

    @Inject
    FormPipeline forms;

    @GET
    public TemplateInstance index() {
        return index(PageForms.fresh());
    }

    /** The index has one "add a community" form per subdistrict, named by the subdistrict's id. */
    private TemplateInstance index(PageForms pageForms) {
        List<SubdistrictView> visible = communities.visible();
        Set<Long> adminOf = visible.stream().map(SubdistrictView::id).filter(communities::isAdmin)
                .collect(Collectors.toSet());
        return Templates.index(visible, adminOf, pageForms);
    }

    @POST
    @Path("subdistricts/{id}/communities")
    public Response createCommunity(@PathParam("id") long subdistrictId, MultivaluedMap<String, String> form) {
        return forms.submit(form, CommunityForm.class, r -> back(communities.createCommunity(subdistrictId, r).id()),
                state -> index(new PageForms(String.valueOf(subdistrictId), state)));
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance community(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("saved") boolean saved) {
        return page(id, page, saved, PageForms.fresh());
    }

    @POST
    @Path("{id: \\d+}")
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "community", form, CommunityForm.class, r -> communities.updateCommunity(id, r));
    }

    @POST
    @Path("{id: \\d+}/estates")
    public Response createEstate(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, EstateForm.class, r -> {
            long estateId = communities.createEstate(id, r).id();
            return Response.seeOther(URI.create("/community/estates/" + estateId + "?saved=true")).build();
        }, state -> page(id, 0, false, new PageForms("estate", state)));
    }

    @POST
    @Path("{id: \\d+}/organizations")
    public Response createOrganization(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "organization", form, OrganizationForm.class, r -> residents.createOrganization(id, r));
    }

    @POST
    @Path("{id: \\d+}/households")
    public Response createHousehold(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "household", form, HouseholdForm.class, r -> residents.createHousehold(id, r));
    }

    @POST
    @Path("{id: \\d+}/residents")
    public Response createResident(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "resident", form, ResidentForm.class, r -> residents.createResident(id, r));
    }

    @GET
    @Path("roster-template.csv")
    @Produces(MediaType.WILDCARD)
    public Response template() {
        return RosterTemplate.csvDownload();
    }

    @GET
    @Path("roster-template.xlsx")
    @Produces(MediaType.WILDCARD)
    public Response xlsxTemplate() {
        return RosterTemplate.xlsxDownload();
    }

    /** One of the community page's forms: back to the page (303), or the page again with that form as typed. */
    private <T> Response submit(long id, String name, MultivaluedMap<String, String> form, Class<T> type,
                                Consumer<T> use) {
        return forms.submit(form, type, r -> {
            use.accept(r);
            return back(id);
        }, state -> page(id, 0, false, new PageForms(name, state)));
    }

    private TemplateInstance page(long id, int page, boolean saved, PageForms pageForms) {
        return Templates.community(communities.community(id), residents.organizations(id), residents.households(id),
                residents.residents(id, page), OrganizationKind.values(), saved, pageForms);
    }

    private static Response back(long communityId) {
        return Response.seeOther(URI.create("/community/" + communityId + "?saved=true")).build();
    }
}
