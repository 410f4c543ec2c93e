package cn.shangliang.community;

import cn.shangliang.common.rules.NaturalOrder;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.community.CommunityForms.BuildingForm;
import cn.shangliang.community.CommunityForms.CommunityForm;
import cn.shangliang.community.CommunityForms.EstateForm;
import cn.shangliang.community.CommunityViews.BuildingView;
import cn.shangliang.community.CommunityViews.CommunityDetail;
import cn.shangliang.community.CommunityViews.CommunityView;
import cn.shangliang.community.CommunityViews.EstateDetail;
import cn.shangliang.community.CommunityViews.EstateView;
import cn.shangliang.community.CommunityViews.SubdistrictView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Subdistricts, communities, estates and buildings: the upper part of the community model. */
@ApplicationScoped
public class CommunityService {

    @Inject
    CommunityAccess access;

    @Inject
    EstateTotals totals;

    @Inject
    RequestCheck requests;

    /** The subdistricts and communities the caller may read. */
    @Transactional
    public List<SubdistrictView> visible() {
        List<SubdistrictView> result = new ArrayList<>();
        for (Subdistrict s : Subdistrict.<Subdistrict>listAll(Sort.by("name"))) {
            List<CommunityView> communities = Community.<Community>list("subdistrictId", Sort.by("name"), s.id)
                    .stream().filter(c -> access.mayRead(c.scope())).map(CommunityView::of).toList();
            if (!communities.isEmpty() || access.mayRead(new cn.shangliang.identity.Scope(s.id, null, null))) {
                result.add(new SubdistrictView(s.id, s.name, communities));
            }
        }
        return result;
    }

    /** Whether the caller administers the subdistrict (and so may add communities to it). */
    @Transactional
    public boolean isAdmin(long subdistrictId) {
        return access.administers(subdistrictId);
    }

    @Transactional
    public CommunityDetail community(long id) {
        Community c = access.readCommunity(id);
        Subdistrict s = Subdistrict.findById(c.subdistrictId);
        List<EstateView> estates = Estate.<Estate>list("communityId", Sort.by("name"), id).stream()
                .map(EstateView::of).toList();
        return new CommunityDetail(CommunityView.of(c), s.name, estates, access.mayEdit(c.scope()));
    }

    @Transactional
    public CommunityView createCommunity(long subdistrictId, CommunityForm form) {
        access.requireEditSubdistrict(subdistrictId);
        String name = requests.valid(form).name();
        if (Community.count("subdistrictId = ?1 and name = ?2", subdistrictId, name) > 0) {
            throw DomainException.conflict("duplicate-name");
        }
        Community c = new Community();
        c.subdistrictId = subdistrictId;
        c.name = name;
        c.address = form.address();
        c.persist();
        access.audit("community.create", "community", c.id, name);
        return CommunityView.of(c);
    }

    @Transactional
    public CommunityView updateCommunity(long id, CommunityForm form) {
        Community c = access.editCommunity(id);
        String name = requests.valid(form).name();
        if (Community.count("subdistrictId = ?1 and name = ?2 and id <> ?3", c.subdistrictId, name, id) > 0) {
            throw DomainException.conflict("duplicate-name");
        }
        c.name = name;
        c.address = form.address();
        flush();
        access.audit("community.update", "community", c.id, name);
        return CommunityView.of(c);
    }

    @Transactional
    public EstateDetail estate(long id) {
        Estate e = access.readEstate(id);
        Community c = Community.findById(e.communityId);
        List<BuildingView> buildings = Building.<Building>list("estateId", id).stream()
                .sorted(Comparator.comparing(b -> b.name, NaturalOrder.INSTANCE))
                .map(b -> new BuildingView(b.id, b.name, Unit.count("buildingId", b.id))).toList();
        return new EstateDetail(EstateView.of(e), c.name, buildings, totals.of(e), access.mayEdit(e.scope()));
    }

    @Transactional
    public EstateView createEstate(long communityId, EstateForm form) {
        Community c = access.editCommunity(communityId);
        Estate e = new Estate();
        e.communityId = c.id;
        apply(e, form);
        if (Estate.count("communityId = ?1 and name = ?2", c.id, e.name) > 0) {
            throw DomainException.withCode(409, "duplicate-name", "duplicate-name.estate");
        }
        e.persist();
        access.audit("community.estate-create", "estate", e.id, e.name);
        return EstateView.of(e);
    }

    @Transactional
    public EstateView updateEstate(long id, EstateForm form) {
        Estate e = access.editEstate(id);
        Estate draft = new Estate();
        apply(draft, form);
        if (Estate.count("communityId = ?1 and name = ?2 and id <> ?3", e.communityId, draft.name, id) > 0) {
            throw DomainException.withCode(409, "duplicate-name", "duplicate-name.estate");
        }
        e.name = draft.name;
        e.address = draft.address;
        e.parkingCounts = draft.parkingCounts;
        e.noticeDays = draft.noticeDays;
        e.parkingCitation = draft.parkingCitation;
        e.silentClause = draft.silentClause;
        e.silentCitation = draft.silentCitation;
        flush();
        access.audit("community.estate-update", "estate", e.id,
                e.name + " parkingCounts=" + e.parkingCounts + " (" + e.parkingCitation + ") noticeDays=" + e.noticeDays
                        + " silentClause=" + e.silentClause + " (" + e.silentCitation + ")");
        return EstateView.of(e);
    }

    private void apply(Estate e, EstateForm form) {
        requests.valid(form, f -> f.silent() && f.silentCitation() == null
                ? List.of(new FieldError("silentCitation", "field.not-blank")) : List.of());
        e.parkingCitation = form.parkingCitation();
        e.silentClause = form.silent();
        e.silentCitation = form.silent() ? form.silentCitation() : null;
        e.name = form.name();
        e.address = form.address();
        e.parkingCounts = Boolean.TRUE.equals(form.parkingCounts());
        e.noticeDays = form.noticeDays();
    }

    @Transactional
    public BuildingView createBuilding(long estateId, BuildingForm form) {
        Estate e = access.lockEstate(estateId);
        String name = requests.valid(form).name();
        if (Building.count("estateId = ?1 and name = ?2", e.id, name) > 0) {
            throw DomainException.withCode(409, "duplicate-name", "duplicate-name.building");
        }
        Building b = new Building();
        b.estateId = e.id;
        b.name = name;
        b.persist();
        access.audit("community.building-create", "building", b.id, e.name + " " + name);
        return new BuildingView(b.id, b.name, 0);
    }

    /** Writes now, so a concurrent change surfaces here as a 409 instead of a failed commit. */
    static void flush() {
        try {
            Community.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw DomainException.conflict("stale");
        }
    }
}
