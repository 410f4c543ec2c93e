package cn.shangliang.community;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.community.CommunityForms.OwnerForm;
import cn.shangliang.community.CommunityForms.OwnershipForm;
import cn.shangliang.community.CommunityForms.ShareForm;
import cn.shangliang.community.CommunityForms.UnitForm;
import cn.shangliang.community.CommunityViews.OwnerView;
import cn.shangliang.community.CommunityViews.PageOf;
import cn.shangliang.community.CommunityViews.ShareView;
import cn.shangliang.community.CommunityViews.UnitView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.groups.Default;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Units, owners and who owns which unit (the roster), one unit or owner at a time. */
@ApplicationScoped
public class UnitService {

    public static final int PAGE_SIZE = 50;


    @Inject
    CommunityAccess access;

    @Inject
    IdentityHasher hasher;

    @Inject
    RequestCheck requests;

    @Transactional
    public PageOf<UnitView> units(long estateId, Long buildingId, int page) {
        access.readEstate(estateId);
        // MariaDB's natural_sort_key puts 1栋 … 10栋 and 2-101 before 10-101 within the database's paging.
        PanacheQuery<Unit> query = buildingId == null
                ? Unit.find("from Unit u where u.estateId = ?1 order by (select natural_sort_key(b.name) from Building b"
                        + " where b.id = u.buildingId), natural_sort_key(u.number), u.id", estateId)
                : Unit.find("from Unit u where u.estateId = ?1 and u.buildingId = ?2 order by natural_sort_key(u.number), u.id",
                        estateId, buildingId);
        int p = Math.max(page, 0);
        List<Unit> units = query.page(p, PAGE_SIZE).list();
        return new PageOf<>(views(units), p, PAGE_SIZE, query.count());
    }

    @Transactional
    public UnitView unit(long id) {
        Unit unit = findUnit(id);
        access.readEstate(unit.estateId);
        return views(List.of(unit)).get(0);
    }

    @Transactional
    public UnitView createUnit(long estateId, UnitForm form) {
        Estate estate = access.lockEstate(estateId);
        Building building = form == null || form.buildingId() == null ? null : Building.findById(form.buildingId());
        requests.valid(form, f -> building == null || !building.estateId.equals(estate.id)
                ? List.of(new FieldError("buildingId", "field.unit.building")) : List.of(), Default.class, UnitForm.New.class);
        String number = form.number();
        Unit unit = new Unit();
        apply(unit, form);
        if (Unit.count("buildingId = ?1 and number = ?2", building.id, number) > 0) {
            throw DomainException.conflict("duplicate-unit");
        }
        unit.estateId = estate.id;
        unit.buildingId = building.id;
        unit.number = number;
        unit.persist();
        access.audit("community.unit-create", "unit", unit.id,
                building.name + " " + number + " " + unit.areaM2 + "m² " + unit.areaSource);
        return views(List.of(unit)).get(0);
    }

    @Transactional
    public UnitView updateUnit(long id, UnitForm form) {
        Unit unit = findUnit(id);
        access.lockEstate(unit.estateId);
        requests.valid(form, f -> f.deliveredOrDefault() && ownedByDeveloper(unit.id)
                ? List.of(new FieldError("delivered", "field.unit.developer-delivered")) : List.of());
        apply(unit, form);
        CommunityService.flush();
        access.audit("community.unit-update", "unit", unit.id,
                unit.areaM2 + "m² " + unit.areaSource + " parking=" + unit.parking + " delivered=" + unit.delivered);
        return views(List.of(unit)).get(0);
    }

    private static void apply(Unit unit, UnitForm form) {
        unit.areaM2 = form.areaM2().setScale(2);
        unit.areaSource = form.areaSource();
        unit.parking = Boolean.TRUE.equals(form.parking());
        unit.delivered = form.deliveredOrDefault();
    }

    /** Replaces who owns the unit: one or more owners of this estate, exactly one of them the designated voter. */
    @Transactional
    public UnitView setOwnership(long unitId, OwnershipForm form) {
        Unit unit = findUnit(unitId);
        access.lockEstate(unit.estateId);
        List<ShareForm> shares = requests.valid(form).owners();
        List<String> wrong = new ArrayList<>();
        if (shares.isEmpty()) {
            wrong.add("field.unit.owner-required");
        }
        Set<Long> ids = new HashSet<>();
        List<Owner> owners = new ArrayList<>();
        List<Long> strangers = new ArrayList<>();
        for (ShareForm share : shares) {
            Owner owner = share.ownerId() == null ? null : Owner.findById(share.ownerId());
            if (owner == null || !owner.estateId.equals(unit.estateId)) {
                strangers.add(share.ownerId());
            } else if (!ids.add(owner.id)) {
                wrong.add("field.unit.owner-repeated");
            } else {
                owners.add(owner);
            }
        }
        if (shares.stream().filter(ShareForm::designatedVoter).count() != 1) {
            wrong.add("field.unit.one-designated");
        }
        boolean developer = owners.stream().anyMatch(o -> o.kind == OwnerKind.DEVELOPER);
        if (developer && owners.size() > 1) {
            wrong.add("field.unit.developer-co-owners");
        }
        if (developer && unit.delivered) {
            wrong.add("field.unit.delivered-developer");
        }
        List<FieldError> errors = new ArrayList<>();
        strangers.forEach(id -> errors.add(FieldError.of("owners", "field.unit.owner-elsewhere", id)));
        wrong.forEach(code -> errors.add(new FieldError("owners", code)));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Ownership.delete("unitId", unit.id);
        Ownership.getEntityManager().flush();
        for (ShareForm share : shares) {
            Ownership o = new Ownership();
            o.unitId = unit.id;
            o.ownerId = share.ownerId();
            o.designatedVoter = share.designatedVoter();
            o.persist();
        }
        access.audit("community.ownership-set", "unit", unit.id, shares.stream()
                .map(s -> s.ownerId() + (s.designatedVoter() ? "*" : "")).collect(Collectors.joining(",")));
        return views(List.of(unit)).get(0);
    }

    @Transactional
    public PageOf<OwnerView> owners(long estateId, String name, int page) {
        access.readEstate(estateId);
        PanacheQuery<Owner> query = name == null || name.isBlank()
                ? Owner.find("estateId", Sort.by("name").and("id"), estateId)
                : Owner.find("estateId = ?1 and name like ?2", Sort.by("name").and("id"), estateId,
                "%" + name.strip().replace("%", "") + "%");
        int p = Math.max(page, 0);
        return new PageOf<>(query.page(p, PAGE_SIZE).list().stream().map(OwnerView::of).toList(), p, PAGE_SIZE,
                query.count());
    }

    @Transactional
    public OwnerView owner(long id) {
        Owner owner = findOwner(id);
        access.readEstate(owner.estateId);
        return OwnerView.of(owner);
    }

    @Transactional
    public OwnerView createOwner(long estateId, OwnerForm form) {
        Estate estate = access.lockEstate(estateId);
        requests.valid(form, f -> IdentityNumber.problem(f.identityNumber(), f.kind() == null ? OwnerKind.PERSON : f.kind())
                .map(problem -> List.of(new FieldError("identityNumber", problem))).orElse(List.of()));
        Owner owner = new Owner();
        apply(owner, form);
        owner.estateId = estate.id;
        owner.idHash = hasher.hash(form.identityNumber());
        owner.idMasked = IdentityNumber.mask(form.identityNumber());
        if (Owner.count("estateId = ?1 and idHash = ?2", estate.id, owner.idHash) > 0) {
            throw DomainException.conflict("duplicate-owner");
        }
        owner.persist();
        access.audit("community.owner-create", "owner", owner.id,
                owner.kind + " " + owner.name + " " + owner.idMasked);
        return OwnerView.of(owner);
    }

    /** Name, kind and phone; the identity number is fixed (a different number is a different owner). */
    @Transactional
    public OwnerView updateOwner(long id, OwnerForm form) {
        Owner owner = findOwner(id);
        access.lockEstate(owner.estateId);
        OwnerKind before = owner.kind;
        requests.valid(form, f -> f.kind() != before && Ownership.count("ownerId", owner.id) > 0
                ? List.of(new FieldError("kind", "field.owner.kind-locked")) : List.of());
        apply(owner, form);
        CommunityService.flush();
        access.audit("community.owner-update", "owner", owner.id, owner.kind + " " + owner.name);
        return OwnerView.of(owner);
    }

    private static void apply(Owner owner, OwnerForm form) {
        owner.kind = form.kind();
        owner.name = form.name();
        owner.phone = form.phone();
    }

    private static boolean ownedByDeveloper(long unitId) {
        return Ownership.getEntityManager().createQuery("select count(o) from Ownership o, Owner w "
                        + "where o.unitId = :unit and w.id = o.ownerId and w.kind = :kind", Long.class)
                .setParameter("unit", unitId).setParameter("kind", OwnerKind.DEVELOPER).getSingleResult() > 0;
    }

    private static Unit findUnit(long id) {
        Unit unit = Unit.findById(id);
        if (unit == null) {
            throw DomainException.notFound("not-found.unit");
        }
        return unit;
    }

    private static Owner findOwner(long id) {
        Owner owner = Owner.findById(id);
        if (owner == null) {
            throw DomainException.notFound("not-found.owner");
        }
        return owner;
    }

    private static List<UnitView> views(List<Unit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Long> unitIds = units.stream().map(u -> u.id).toList();
        List<Ownership> shares = Ownership.list("unitId in ?1 order by id", unitIds);
        Map<Long, Owner> owners = shares.isEmpty() ? Map.of() : Owner.<Owner>list("id in ?1",
                shares.stream().map(s -> s.ownerId).distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        Map<Long, String> buildings = Building.<Building>list("id in ?1",
                        units.stream().map(u -> u.buildingId).distinct().toList()).stream()
                .collect(Collectors.toMap(b -> b.id, b -> b.name));
        Map<Long, List<ShareView>> byUnit = shares.stream().collect(Collectors.groupingBy(s -> s.unitId,
                Collectors.mapping(s -> {
                    Owner o = owners.get(s.ownerId);
                    return new ShareView(o.id, o.kind, o.name, o.idMasked, s.designatedVoter);
                }, Collectors.toList())));
        return units.stream().map(u -> new UnitView(u.id, u.estateId, u.buildingId, buildings.get(u.buildingId),
                u.number, u.areaM2, u.areaSource, u.parking, u.delivered, u.version,
                byUnit.getOrDefault(u.id, List.of()))).toList();
    }
}
