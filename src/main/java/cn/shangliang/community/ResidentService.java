package cn.shangliang.community;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.community.CommunityForms.HouseholdForm;
import cn.shangliang.community.CommunityForms.OrganizationForm;
import cn.shangliang.community.CommunityForms.ResidentForm;
import cn.shangliang.community.CommunityViews.HouseholdView;
import cn.shangliang.community.CommunityViews.OrganizationView;
import cn.shangliang.community.CommunityViews.PageOf;
import cn.shangliang.community.CommunityViews.ResidentView;
import cn.shangliang.identity.Account;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Residents, households and organizations of a community. */
@ApplicationScoped
public class ResidentService {

    public static final int PAGE_SIZE = 50;

    @Inject
    CommunityAccess access;

    @Inject
    RequestCheck requests;

    @Transactional
    public PageOf<ResidentView> residents(long communityId, int page) {
        access.readCommunity(communityId);
        PanacheQuery<Resident> query = Resident.find("communityId", Sort.by("name").and("id"), communityId);
        int p = Math.max(page, 0);
        return new PageOf<>(query.page(p, PAGE_SIZE).list().stream().map(ResidentView::of).toList(), p, PAGE_SIZE,
                query.count());
    }

    @Transactional
    public ResidentView createResident(long communityId, ResidentForm form) {
        Community c = access.editCommunity(communityId);
        Resident r = new Resident();
        r.communityId = c.id;
        apply(r, form);
        r.persist();
        access.audit("community.resident-create", "resident", r.id, r.name);
        return ResidentView.of(r);
    }

    @Transactional
    public ResidentView updateResident(long id, ResidentForm form) {
        Resident r = Resident.findById(id);
        if (r == null) {
            throw DomainException.notFound("not-found.resident");
        }
        access.editCommunity(r.communityId);
        Resident draft = new Resident();
        draft.id = r.id;
        draft.communityId = r.communityId;
        apply(draft, form);
        r.name = draft.name;
        r.phone = draft.phone;
        r.householdId = draft.householdId;
        r.accountId = draft.accountId;
        CommunityService.flush();
        access.audit("community.resident-update", "resident", r.id, r.name);
        return ResidentView.of(r);
    }

    private void apply(Resident r, ResidentForm form) {
        requests.valid(form, f -> wrong(r, f));
        r.name = form.name();
        r.phone = form.phone();
        r.householdId = form.householdId();
        r.accountId = form.accountId();
    }

    /** What the constraints cannot see: the household of this community, an account no other resident has. */
    private static List<FieldError> wrong(Resident r, ResidentForm form) {
        List<FieldError> wrong = new ArrayList<>();
        if (form.householdId() != null) {
            Household h = Household.findById(form.householdId());
            if (h == null || !h.communityId.equals(r.communityId)) {
                wrong.add(new FieldError("householdId", "field.resident.household"));
            }
        }
        if (form.accountId() != null) {
            if (Account.findById(form.accountId()) == null) {
                wrong.add(new FieldError("accountId", "field.resident.account-unknown"));
            }
            if (Resident.count("accountId = ?1 and id <> ?2", form.accountId(), r.id == null ? -1L : r.id) > 0) {
                wrong.add(new FieldError("accountId", "field.resident.account-taken"));
            }
        }
        return wrong;
    }

    @Transactional
    public List<HouseholdView> households(long communityId) {
        access.readCommunity(communityId);
        return Household.<Household>list("communityId", Sort.by("name").and("id"), communityId).stream()
                .map(HouseholdView::of).toList();
    }

    @Transactional
    public HouseholdView createHousehold(long communityId, HouseholdForm form) {
        Community c = access.editCommunity(communityId);
        requests.valid(form, f -> {
            Unit unit = f.unitId() == null ? null : Unit.findById(f.unitId());
            Estate estate = unit == null ? null : Estate.findById(unit.estateId);
            return f.unitId() != null && (estate == null || !estate.communityId.equals(c.id))
                    ? List.of(new FieldError("unitId", "field.resident.unit")) : List.of();
        });
        Household h = new Household();
        h.communityId = c.id;
        h.unitId = form.unitId();
        h.name = form.name();
        h.persist();
        access.audit("community.household-create", "household", h.id, h.name);
        return HouseholdView.of(h);
    }

    @Transactional
    public List<OrganizationView> organizations(long communityId) {
        access.readCommunity(communityId);
        return Organization.<Organization>list("communityId", Sort.by("kind").and("name"), communityId).stream()
                .map(OrganizationView::of).toList();
    }

    @Transactional
    public OrganizationView createOrganization(long communityId, OrganizationForm form) {
        Community c = access.editCommunity(communityId);
        requests.valid(form, f -> {
            Estate estate = f.estateId() == null ? null : Estate.findById(f.estateId());
            return f.estateId() != null && (estate == null || !estate.communityId.equals(c.id))
                    ? List.of(new FieldError("estateId", "field.organization.estate")) : List.of();
        });
        Organization o = new Organization();
        o.communityId = c.id;
        o.estateId = form.estateId();
        o.kind = form.kind();
        o.name = form.name();
        o.persist();
        access.audit("community.organization-create", "organization", o.id, o.kind + " " + o.name);
        return OrganizationView.of(o);
    }
}
