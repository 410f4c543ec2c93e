package cn.shangliang.community;

import cn.shangliang.common.web.LanguageFilter;
import cn.shangliang.community.CommunityForms.OwnerForm;
import cn.shangliang.community.CommunityForms.OwnershipForm;
import cn.shangliang.community.CommunityForms.UnitForm;
import cn.shangliang.community.CommunityViews.OwnerView;
import cn.shangliang.community.CommunityViews.PageOf;
import cn.shangliang.community.CommunityViews.UnitView;
import cn.shangliang.community.roster.RosterImporter;
import cn.shangliang.community.roster.RosterJobs;
import cn.shangliang.community.roster.RosterTemplate;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.BodyLimits;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;



/** An estate's roster as JSON: units, owners (identity numbers masked), ownerships, and the file import. */
@Path("/api/community")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN, Role.N_SUPERVISOR})
@Tag(name = "community")
public class RosterApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    UnitService units;

    @Inject
    RosterImporter importer;

    @Inject
    RosterJobs jobs;

    @Inject
    BodyLimits.LimitsConfig limits;

    @GET
    @Path("estates/{id}/units")
    @Operation(summary = "The units of an estate, 50 a page, with their owners")
    public PageOf<UnitView> units(@PathParam("id") long estateId, @QueryParam("building") Long buildingId,
                                  @QueryParam("page") @DefaultValue("0") int page) {
        return units.units(estateId, buildingId, page);
    }

    @POST
    @Path("estates/{id}/units")
    @ResponseStatus(201)
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public UnitView createUnit(@PathParam("id") long estateId, @NotNull UnitForm form) {
        return units.createUnit(estateId, form);
    }

    @GET
    @Path("units/{id}")
    public UnitView unit(@PathParam("id") long id) {
        return units.unit(id);
    }

    @PUT
    @Path("units/{id}")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public UnitView updateUnit(@PathParam("id") long id, @NotNull UnitForm form) {
        return units.updateUnit(id, form);
    }

    @PUT
    @Path("units/{id}/ownerships")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    @Operation(summary = "Replace a unit's owners; exactly one is the designated voter")
    public UnitView setOwnership(@PathParam("id") long id, @NotNull OwnershipForm form) {
        return units.setOwnership(id, form);
    }

    @GET
    @Path("estates/{id}/owners")
    public PageOf<OwnerView> owners(@PathParam("id") long estateId, @QueryParam("name") String name,
                                    @QueryParam("page") @DefaultValue("0") int page) {
        return units.owners(estateId, name, page);
    }

    @POST
    @Path("estates/{id}/owners")
    @ResponseStatus(201)
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public OwnerView createOwner(@PathParam("id") long estateId, @NotNull OwnerForm form) {
        return units.createOwner(estateId, form);
    }

    @GET
    @Path("owners/{id}")
    public OwnerView owner(@PathParam("id") long id) {
        return units.owner(id);
    }

    @PUT
    @Path("owners/{id}")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    public OwnerView updateOwner(@PathParam("id") long id, @NotNull OwnerForm form) {
        return units.updateOwner(id, form);
    }

    /** The file as the request body (CSV/TSV or XLSX). */
    @POST
    @Path("estates/{id}/roster")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, XLSX})
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    @Operation(summary = "Import a roster file as the request body (CSV/TSV in UTF-8, GB18030 or UTF-16, or XLSX;"
            + " ?sheet= names the XLSX sheet or its number); all rows or none")
    public RosterImporter.Result importRoster(@PathParam("id") long estateId, @QueryParam("sheet") String sheet,
                                              byte[] file) {
        return importer.importFile(estateId, file == null ? new byte[0] : file, sheet);
    }

    /**
     * The same import sent as a multipart form with the file in field {@code file} (and optionally {@code sheet}),
     * as {@code curl -F file=@roster.xlsx} sends it. With a Bearer token it needs no CSRF token
     * ({@code BearerAwareCsrfFilter}); riding on the login cookie it needs the page's token like any form.
     */
    @POST
    @Path("estates/{id}/roster")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    @Operation(summary = "Import a roster file sent as the multipart field file (sheet: the XLSX sheet's name or"
            + " number, also accepted as ?sheet=); all rows or none")
    public RosterImporter.Result importRosterForm(@PathParam("id") long estateId, @QueryParam("sheet") String sheetParam,
                                                  @RestForm("file") FileUpload file, @RestForm("sheet") String sheet) {
        return importer.importFile(estateId, EstatePages.bytes(file, limits.upload()), sheet == null || sheet.isBlank() ? sheetParam : sheet);
    }

    @GET
    @Path("roster-jobs/{id}")
    @RolesAllowed({Role.N_COMMUNITY_STAFF, Role.N_SUBDISTRICT_ADMIN})
    @Operation(summary = "A roster import queued from the page: status, rows processed, and its outcome when finished")
    public RosterJobs.JobView rosterJob(@PathParam("id") long jobId, @Context HttpHeaders headers) {
        return jobs.view(jobId, LanguageFilter.language(headers));
    }

    /** A download whatever the client accepts (an Accept: application/json client got 406 before). */
    @GET
    @Path("roster-template.csv")
    @Produces(MediaType.WILDCARD)
    public Response template() {
        return RosterTemplate.csvDownload();
    }

    @GET
    @Path("roster-template.xlsx")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The roster template as XLSX, its unit, identity-number, co-owner and phone columns formatted as text")
    public Response xlsxTemplate() {
        return RosterTemplate.xlsxDownload();
    }
}
