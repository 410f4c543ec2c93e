package cn.shangliang.community;

import cn.shangliang.community.CommunityForms.BuildingForm;
import cn.shangliang.community.CommunityForms.CommunityForm;
import cn.shangliang.community.CommunityForms.EstateForm;
import cn.shangliang.community.CommunityForms.HouseholdForm;
import cn.shangliang.community.CommunityForms.OrganizationForm;
import cn.shangliang.community.CommunityForms.ResidentForm;
import cn.shangliang.community.CommunityViews.BuildingView;
import cn.shangliang.community.CommunityViews.CommunityDetail;
import cn.shangliang.community.CommunityViews.CommunityView;
import cn.shangliang.community.CommunityViews.EstateDetail;
import cn.shangliang.community.CommunityViews.EstateView;
import cn.shangliang.community.CommunityViews.HouseholdView;
import cn.shangliang.community.CommunityViews.OrganizationView;
import cn.shangliang.community.CommunityViews.PageOf;
import cn.shangliang.community.CommunityViews.ResidentView;
import cn.shangliang.community.CommunityViews.SubdistrictView;
import cn.shangliang.common.security.Role;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

/** The community model above the units as JSON: staff and subdistrict admins edit, supervisors read. */
@Path("/api/community")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN, Role.N_SUPERVISOR})
@Tag(name = "community")
public class CommunityApi {

    @Inject
    CommunityService communities;

    @Inject
    ResidentService residents;

    @GET
    @Path("subdistricts")
    @Operation(summary = "Subdistricts and the communities the caller may see")
    public List<SubdistrictView> subdistricts() {
        return communities.visible();
    }

    @POST
    @Path("subdistricts/{id}/communities")
    @ResponseStatus(201)
    @RolesAllowed(Role.N_SUBDISTRICT_ADMIN)
    public CommunityView createCommunity(@PathParam("id") long subdistrictId, @NotNull CommunityForm form) {
        return communities.createCommunity(subdistrictId, form);
    }

    @GET
    @Path("communities/{id}")
    public CommunityDetail community(@PathParam("id") long id) {
        return communities.community(id);
    }

    @PUT
    @Path("communities/{id}")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public CommunityView updateCommunity(@PathParam("id") long id, @NotNull CommunityForm form) {
        return communities.updateCommunity(id, form);
    }

    @POST
    @Path("communities/{id}/estates")
    @ResponseStatus(201)
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public EstateView createEstate(@PathParam("id") long communityId, @NotNull EstateForm form) {
        return communities.createEstate(communityId, form);
    }

    @GET
    @Path("estates/{id}")
    @Operation(summary = "An estate with its buildings and its totals (area and headcount, DOMAIN.md §1)")
    public EstateDetail estate(@PathParam("id") long id) {
        return communities.estate(id);
    }

    @PUT
    @Path("estates/{id}")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public EstateView updateEstate(@PathParam("id") long id, @NotNull EstateForm form) {
        return communities.updateEstate(id, form);
    }

    @POST
    @Path("estates/{id}/buildings")
    @ResponseStatus(201)
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public BuildingView createBuilding(@PathParam("id") long estateId, @NotNull BuildingForm form) {
        return communities.createBuilding(estateId, form);
    }

    @GET
    @Path("communities/{id}/residents")
    public PageOf<ResidentView> residents(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page) {
        return residents.residents(id, page);
    }

    @POST
    @Path("communities/{id}/residents")
    @ResponseStatus(201)
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public ResidentView createResident(@PathParam("id") long id, @NotNull ResidentForm form) {
        return residents.createResident(id, form);
    }

    @PUT
    @Path("residents/{id}")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public ResidentView updateResident(@PathParam("id") long id, @NotNull ResidentForm form) {
        return residents.updateResident(id, form);
    }

    @GET
    @Path("communities/{id}/households")
    public List<HouseholdView> households(@PathParam("id") long id) {
        return residents.households(id);
    }

    @POST
    @Path("communities/{id}/households")
    @ResponseStatus(201)
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public HouseholdView createHousehold(@PathParam("id") long id, @NotNull HouseholdForm form) {
        return residents.createHousehold(id, form);
    }

    @GET
    @Path("communities/{id}/organizations")
    public List<OrganizationView> organizations(@PathParam("id") long id) {
        return residents.organizations(id);
    }

    @POST
    @Path("communities/{id}/organizations")
    @ResponseStatus(201)
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public OrganizationView createOrganization(@PathParam("id") long id, @NotNull OrganizationForm form) {
        return residents.createOrganization(id, form);
    }
}
