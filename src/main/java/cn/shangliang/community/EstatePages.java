package cn.shangliang.community;

import cn.shangliang.common.export.Downloads;
import cn.shangliang.common.export.ExportFormat;
import cn.shangliang.common.export.ExportMessages;
import cn.shangliang.common.web.BodyLimits;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.PageForms;
import cn.shangliang.common.web.Ui;
import cn.shangliang.community.CommunityForms.BuildingForm;
import cn.shangliang.community.CommunityForms.EstateForm;
import cn.shangliang.community.CommunityForms.UnitPageForm;
import cn.shangliang.community.CommunityViews.EstateDetail;
import cn.shangliang.community.CommunityViews.PageOf;
import cn.shangliang.community.CommunityViews.UnitView;
import cn.shangliang.community.roster.RosterJobs;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.function.Function;

/**
 * Staff pages for an estate: its totals, buildings and units, and the roster import.
 * Only @Authenticated here: CommunityAccess checks role and scope in the services, and a refusal from there
 * renders the normal error page (a @RolesAllowed refusal comes before the CSRF filter and breaks the layout).
 */
@Path("/community/estates")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class EstatePages {

    @CheckedTemplate(basePath = "community")
    static class Templates {
        static native TemplateInstance estate(EstateDetail detail, PageOf<UnitView> units, Long building,
                                              AreaSource[] areaSources, boolean saved, PageForms forms);

        static native TemplateInstance roster(EstateDetail detail);

        static native TemplateInstance roster_job(EstateDetail detail, RosterJobs.JobView job, int percent);
    }

    @Inject
    CommunityService communities;

    @Inject
    UnitService units;

    @Inject
    RosterJobs jobs;

    @Inject
    BodyLimits.LimitsConfig limits;

    @Inject
    RosterExportService exports;

    @Inject
    Downloads downloads;

    @Inject
    Ui ui;

    @Inject
    FormPipeline forms;

    @GET
    @Path("{id}")
    public TemplateInstance estate(@PathParam("id") long id, @QueryParam("building") Long building,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("saved") boolean saved) {
        return page(id, building, page, saved, PageForms.fresh());
    }

    private TemplateInstance page(long id, Long building, int page, boolean saved, PageForms pageForms) {
        EstateDetail detail = communities.estate(id);
        return Templates.estate(detail, units.units(id, building, page), building, AreaSource.values(), saved,
                pageForms);
    }

    /** One of the estate page's forms: back to the page (303), or the page again with that form as typed. */
    private <T> Response submit(long id, String name, MultivaluedMap<String, String> form, Class<T> type,
                                Function<T, Response> use) {
        return forms.submit(form, type, use, state -> page(id, null, 0, false, new PageForms(name, state)));
    }

    /** The roster as XLSX (default) or CSV: {@code ?format=csv}. */
    @GET
    @Path("{id}/roster/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.TEXT_HTML})
    public Response exportRoster(@PathParam("id") long id, @QueryParam("format") String format) {
        ExportMessages m = ui.bundle(ExportMessages.class);
        ExportFormat f = Downloads.format(format);
        return downloads.file(f, exports.roster(id, m));
    }

    @POST
    @Path("{id}")
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "estate", form, EstateForm.class, r -> {
            communities.updateEstate(id, r);
            return back(id);
        });
    }

    @POST
    @Path("{id}/buildings")
    public Response createBuilding(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "building", form, BuildingForm.class, r -> {
            communities.createBuilding(id, r);
            return back(id);
        });
    }

    @POST
    @Path("{id}/units")
    public Response createUnit(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "unit", form, UnitPageForm.class, r -> {
            UnitView unit = units.createUnit(id, r.form());
            return Response.seeOther(URI.create("/community/roster/units/" + unit.id() + "?saved=true")).build();
        });
    }

    @GET
    @Path("{id}/roster")
    public TemplateInstance rosterForm(@PathParam("id") long id) {
        EstateDetail detail = communities.estate(id);
        if (!detail.editable()) {
            throw DomainException.forbidden("forbidden.roster-import");
        }
        return Templates.roster(detail);
    }

    /** Queues the file and sends the browser to the job's page, which follows the import without JavaScript. */
    @POST
    @Path("{id}/roster")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importRoster(@PathParam("id") long id, @RestForm("file") FileUpload file,
                                 @RestForm("sheet") String sheet) {
        long jobId = jobs.submit(id, bytes(file, limits.upload()), sheet);
        return Response.seeOther(URI.create("/community/estates/" + id + "/roster/jobs/" + jobId)).build();
    }

    /** Progress while the job runs (the page refreshes itself), then the totals or every bad line. */
    @GET
    @Path("{id}/roster/jobs/{jobId}")
    public Response rosterJob(@PathParam("id") long id, @PathParam("jobId") long jobId) {
        RosterJobs.JobView job = jobs.view(jobId, ui.lang());
        if (job.estateId() != id) {
            throw DomainException.notFound("not-found.roster-job");
        }
        Response.ResponseBuilder page = Response.ok(Templates.roster_job(communities.estate(id), job, percent(job)));
        // base.html has no head slot, so the meta refresh sits in the body; the header says the same to every browser
        return (job.finished() ? page : page.header("Refresh", "2")).build();
    }

    private static int percent(RosterJobs.JobView job) {
        if (job.finished()) {
            return 100;
        }
        Integer total = job.totalRows();
        return total == null || total == 0 ? 0 : (int) (100L * job.processedRows() / total);
    }

    private static Response back(long estateId) {
        return Response.seeOther(URI.create("/community/estates/" + estateId + "?saved=true")).build();
    }

    /** The uploaded file's bytes; 413 above {@code maxBytes} (a multipart body sent in chunks declares no length). */
    static byte[] bytes(FileUpload file, long maxBytes) {
        if (file == null || file.uploadedFile() == null) {
            throw DomainException.badInput("no-file");
        }
        if (file.size() > maxBytes) {
            throw DomainException.of(413, "body-too-large", BodyLimits.megabytes(maxBytes));
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
