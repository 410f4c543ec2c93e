package cn.shangliang.community;

import cn.shangliang.community.CommunityForms.OwnerForm;
import cn.shangliang.community.CommunityForms.OwnershipForm;
import cn.shangliang.community.CommunityForms.ShareForm;
import cn.shangliang.community.CommunityForms.UnitForm;
import cn.shangliang.community.CommunityViews.EstateDetail;
import cn.shangliang.community.CommunityViews.OwnerView;
import cn.shangliang.community.CommunityViews.PageOf;
import cn.shangliang.community.CommunityViews.UnitView;
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
                                            List<Integer> spareRows, boolean saved);

        static native TemplateInstance owners(EstateDetail detail, PageOf<OwnerView> owners, String name,
                                              OwnerKind[] kinds, boolean saved);

        static native TemplateInstance owner(OwnerView owner, EstateDetail detail, OwnerKind[] kinds, boolean saved);
    }

    @Inject
    CommunityService communities;

    @Inject
    UnitService units;

    @GET
    @Path("units/{id}")
    public TemplateInstance unit(@PathParam("id") long id, @QueryParam("saved") boolean saved) {
        UnitView unit = units.unit(id);
        List<Integer> spare = new ArrayList<>();
        for (int i = 0; i < SPARE_ROWS; i++) {
            spare.add(unit.owners().size() + i);
        }
        return Templates.unit(unit, communities.estate(unit.estateId()), AreaSource.values(), spare, saved);
    }

    @POST
    @Path("units/{id}")
    public Response updateUnit(@PathParam("id") long id, @RestForm String areaM2, @RestForm String areaSource,
                               @RestForm boolean parking, @RestForm boolean delivered) {
        units.updateUnit(id, new UnitForm(null, null, FormValues.decimal(areaM2),
                FormValues.choice(AreaSource.class, areaSource), parking, delivered));
        return Response.seeOther(URI.create("/community/roster/units/" + id + "?saved=true")).build();
    }

    /** Rows of owner numbers; {@code designated} is the index of the row whose owner votes. */
    @POST
    @Path("units/{id}/ownerships")
    public Response setOwnership(@PathParam("id") long id, @RestForm("ownerId") List<String> ownerIds,
                                 @RestForm String designated) {
        List<ShareForm> shares = new ArrayList<>();
        Integer voter = FormValues.number(designated);
        for (int i = 0; i < ownerIds.size(); i++) {
            if (!ownerIds.get(i).isBlank()) {
                shares.add(new ShareForm(FormValues.id(ownerIds.get(i)), voter != null && voter == i));
            }
        }
        units.setOwnership(id, new OwnershipForm(shares));
        return Response.seeOther(URI.create("/community/roster/units/" + id + "?saved=true")).build();
    }

    @GET
    @Path("estates/{id}/owners")
    public TemplateInstance owners(@PathParam("id") long estateId, @QueryParam("name") String name,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("saved") boolean saved) {
        return Templates.owners(communities.estate(estateId), units.owners(estateId, name, page), name,
                OwnerKind.values(), saved);
    }

    @POST
    @Path("estates/{id}/owners")
    public Response createOwner(@PathParam("id") long estateId, @RestForm String kind, @RestForm String name,
                                @RestForm String identityNumber, @RestForm String phone) {
        OwnerView owner = units.createOwner(estateId, new OwnerForm(FormValues.choice(OwnerKind.class, kind), name,
                identityNumber, phone));
        return Response.seeOther(URI.create("/community/roster/owners/" + owner.id() + "?saved=true")).build();
    }

    @GET
    @Path("owners/{id}")
    public TemplateInstance owner(@PathParam("id") long id, @QueryParam("saved") boolean saved) {
        OwnerView owner = units.owner(id);
        return Templates.owner(owner, communities.estate(owner.estateId()), OwnerKind.values(), saved);
    }

    @POST
    @Path("owners/{id}")
    public Response updateOwner(@PathParam("id") long id, @RestForm String kind, @RestForm String name,
                                @RestForm String phone) {
        units.updateOwner(id, new OwnerForm(FormValues.choice(OwnerKind.class, kind), name, null, phone));
        return Response.seeOther(URI.create("/community/roster/owners/" + id + "?saved=true")).build();
    }
}
