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
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Set;
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
        static native TemplateInstance index(List<SubdistrictView> subdistricts, Set<Long> adminOf);

        static native TemplateInstance community(CommunityDetail detail, List<OrganizationView> organizations,
                                                 List<HouseholdView> households, PageOf<ResidentView> residents,
                                                 OrganizationKind[] organizationKinds, boolean saved);
    }

    @Inject
    CommunityService communities;

    @Inject
    ResidentService residents;

    @GET
    public TemplateInstance index() {
        List<SubdistrictView> visible = communities.visible();
        Set<Long> adminOf = visible.stream().map(SubdistrictView::id).filter(communities::isAdmin)
                .collect(Collectors.toSet());
        return Templates.index(visible, adminOf);
    }

    @POST
    @Path("subdistricts/{id}/communities")
    public Response createCommunity(@PathParam("id") long subdistrictId, @RestForm String name,
                                    @RestForm String address) {
        long id = communities.createCommunity(subdistrictId, new CommunityForm(name, address)).id();
        return back(id);
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance community(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("saved") boolean saved) {
        return Templates.community(communities.community(id), residents.organizations(id), residents.households(id),
                residents.residents(id, page), OrganizationKind.values(), saved);
    }

    @POST
    @Path("{id: \\d+}")
    public Response update(@PathParam("id") long id, @RestForm String name, @RestForm String address) {
        communities.updateCommunity(id, new CommunityForm(name, address));
        return back(id);
    }

    @POST
    @Path("{id: \\d+}/estates")
    public Response createEstate(@PathParam("id") long id, @RestForm String name, @RestForm String address,
                                 @RestForm boolean parkingCounts, @RestForm String noticeDays) {
        long estateId = communities.createEstate(id,
                new EstateForm(name, address, parkingCounts, FormValues.number(noticeDays))).id();
        return Response.seeOther(URI.create("/community/estates/" + estateId + "?saved=true")).build();
    }

    @POST
    @Path("{id: \\d+}/organizations")
    public Response createOrganization(@PathParam("id") long id, @RestForm String kind,
                                       @RestForm String name, @RestForm String estateId) {
        residents.createOrganization(id, new OrganizationForm(FormValues.choice(OrganizationKind.class, kind), name,
                FormValues.id(estateId)));
        return back(id);
    }

    @POST
    @Path("{id: \\d+}/households")
    public Response createHousehold(@PathParam("id") long id, @RestForm String name, @RestForm String unitId) {
        residents.createHousehold(id, new HouseholdForm(name, FormValues.id(unitId)));
        return back(id);
    }

    @POST
    @Path("{id: \\d+}/residents")
    public Response createResident(@PathParam("id") long id, @RestForm String name, @RestForm String phone,
                                   @RestForm String householdId, @RestForm String accountId) {
        residents.createResident(id, new ResidentForm(name, phone, FormValues.id(householdId), FormValues.id(accountId)));
        return back(id);
    }

    @GET
    @Path("roster-template.csv")
    @Produces(MediaType.WILDCARD)
    public Response template() {
        return Response.ok(RosterTemplate.csv()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=" + RosterTemplate.FILE_NAME).build();
    }

    @GET
    @Path("roster-template.xlsx")
    @Produces(MediaType.WILDCARD)
    public Response xlsxTemplate() {
        return Response.ok(RosterTemplate.xlsx()).type(RosterTemplate.XLSX_TYPE)
                .header("Content-Disposition", "attachment; filename=" + RosterTemplate.XLSX_FILE_NAME).build();
    }

    private static Response back(long communityId) {
        return Response.seeOther(URI.create("/community/" + communityId + "?saved=true")).build();
    }
}
