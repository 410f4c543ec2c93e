package cn.shangliang.community;

import cn.shangliang.community.CommunityForms.OwnerForm;
import cn.shangliang.community.CommunityForms.OwnershipForm;
import cn.shangliang.community.CommunityForms.ShareForm;
import cn.shangliang.community.CommunityForms.UnitForm;
import cn.shangliang.community.CommunityForms.UnitPageForm;
import cn.shangliang.community.CommunityViews.EstateDetail;
import cn.shangliang.community.CommunityViews.OwnerView;
import cn.shangliang.community.CommunityViews.PageOf;
import cn.shangliang.community.CommunityViews.UnitView;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Staff pages for one unit (its data and owners) and for an estate's owners.
 * Only @Authenticated here: CommunityAccess checks role and scope in the services, and a refusal from there
 * renders the normal error page (a @RolesAllowed refusal comes before the CSRF filter and breaks the layout).
 */
@Path("/community/roster")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class OwnerPages {

    /** Empty rows offered on the ownership form beyond the current owners. */
    private static final int SPARE_ROWS = 2;

    @CheckedTemplate(basePath = "community")
    static class Templates {
        static native TemplateInstance unit(UnitView unit, EstateDetail detail, AreaSource[] areaSources,
                                            List<Integer> spareRows, boolean saved, PageForms forms);

        static native TemplateInstance owners(EstateDetail detail, PageOf<OwnerView> owners, String name,
                                              OwnerKind[] kinds, boolean saved, FormState form);

        static native TemplateInstance owner(OwnerView owner, EstateDetail detail, OwnerKind[] kinds, boolean saved,
                                             FormState form);
    }

    @Inject
    CommunityService communities;

    @Inject
    UnitService units;

    @Inject
    FormPipeline forms;

    @GET
    @Path("units/{id}")
    public TemplateInstance unit(@PathParam("id") long id, @QueryParam("saved") boolean saved) {
        return unitPage(id, saved, PageForms.fresh());
    }

    @POST
    @Path("units/{id}")
    public Response updateUnit(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, UnitPageForm.class, r -> {
            units.updateUnit(id, new UnitForm(null, null, r.areaM2(), r.areaSource(), r.parking(), r.delivered()));
            return toUnit(id);
        }, state -> unitPage(id, false, new PageForms("unit", state)));
    }

    /**
     * Rows of owner numbers; {@code designated} is the index of the row whose owner votes, counted over all rows
     * as posted (blank rows included), which is why the rows are read here and not by the record's binding.
     */
    @POST
    @Path("units/{id}/ownerships")
    public Response setOwnership(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, OwnershipRows.class, r -> {
            units.setOwnership(id, new OwnershipForm(shares(form.getOrDefault("ownerId", List.of()), r.designated())));
            return toUnit(id);
        }, state -> unitPage(id, false, new PageForms("ownership", state)));
    }

    /** The checks of the ownership form's own values: every owner number a number, the voter's row a number. */
    public record OwnershipRows(List<Long> ownerId, Integer designated) {
    }

    private static List<ShareForm> shares(List<String> rows, Integer designated) {
        List<ShareForm> shares = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null && !rows.get(i).isBlank()) {
                shares.add(new ShareForm(Long.valueOf(rows.get(i).strip()), designated != null && designated == i));
            }
        }
        return shares;
    }

    @GET
    @Path("estates/{id}/owners")
    public TemplateInstance owners(@PathParam("id") long estateId, @QueryParam("name") String name,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("saved") boolean saved) {
        return ownersPage(estateId, name, page, saved, FormState.empty());
    }

    @POST
    @Path("estates/{id}/owners")
    public Response createOwner(@PathParam("id") long estateId, MultivaluedMap<String, String> form) {
        return forms.submit(form, OwnerForm.class, r -> toOwner(units.createOwner(estateId, r).id()),
                state -> ownersPage(estateId, null, 0, false, state));
    }

    @GET
    @Path("owners/{id}")
    public TemplateInstance owner(@PathParam("id") long id, @QueryParam("saved") boolean saved) {
        return ownerPage(id, saved, FormState.empty());
    }

    @POST
    @Path("owners/{id}")
    public Response updateOwner(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return forms.submit(form, OwnerForm.class, r -> {
            units.updateOwner(id, new OwnerForm(r.kind(), r.name(), null, r.phone()));
            return toOwner(id);
        }, state -> ownerPage(id, false, state));
    }

    private TemplateInstance unitPage(long id, boolean saved, PageForms pageForms) {
        UnitView unit = units.unit(id);
        List<Integer> spare = new ArrayList<>();
        for (int i = 0; i < SPARE_ROWS; i++) {
            spare.add(unit.owners().size() + i);
        }
        return Templates.unit(unit, communities.estate(unit.estateId()), AreaSource.values(), spare, saved, pageForms);
    }

    private TemplateInstance ownersPage(long estateId, String name, int page, boolean saved, FormState form) {
        return Templates.owners(communities.estate(estateId), units.owners(estateId, name, page), name,
                OwnerKind.values(), saved, form);
    }

    private TemplateInstance ownerPage(long id, boolean saved, FormState form) {
        OwnerView owner = units.owner(id);
        return Templates.owner(owner, communities.estate(owner.estateId()), OwnerKind.values(), saved, form);
    }

    private static Response toUnit(long id) {
        return Response.seeOther(URI.create("/community/roster/units/" + id + "?saved=true")).build();
    }

    private static Response toOwner(long id) {
        return Response.seeOther(URI.create("/community/roster/owners/" + id + "?saved=true")).build();
    }
}
