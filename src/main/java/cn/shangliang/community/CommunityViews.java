package cn.shangliang.community;

import java.math.BigDecimal;
import java.util.List;

/** What the community pages and API show; entities never leave the services. Identity numbers only masked. */
public final class CommunityViews {

    private CommunityViews() {
    }

    public record PageOf<T>(List<T> items, int page, int size, long total) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    public record SubdistrictView(long id, String name, List<CommunityView> communities) {
    }

    public record CommunityView(long id, long subdistrictId, String name, String address, long version) {
        static CommunityView of(Community c) {
            return new CommunityView(c.id, c.subdistrictId, c.name, c.address, c.version);
        }
    }

    /** A community to choose in a form, or to name in a list: its id and name only. */
    public record CommunityOption(long id, String name) {
        public static CommunityOption of(Community c) {
            return new CommunityOption(c.id, c.name);
        }
    }

    public record EstateView(long id, long communityId, String name, String address, boolean parkingCounts,
                             int noticeDays, long version, String parkingCitation, boolean silentClause,
                             String silentCitation) {
        static EstateView of(Estate e) {
            return new EstateView(e.id, e.communityId, e.name, e.address, e.parkingCounts, e.noticeDays, e.version,
                    e.parkingCitation, e.silentClause, e.silentCitation);
        }
    }

    public record CommunityDetail(CommunityView community, String subdistrict, List<EstateView> estates,
                                  boolean editable) {
    }

    public record BuildingView(long id, String name, long units) {
    }

    public record EstateDetail(EstateView estate, String community, List<BuildingView> buildings,
                               EstateTotals.Totals totals, boolean editable) {
    }

    public record OwnerView(long id, long estateId, OwnerKind kind, String name, String identityMasked, String phone,
                            long version) {
        static OwnerView of(Owner o) {
            return new OwnerView(o.id, o.estateId, o.kind, o.name, o.idMasked, o.phone, o.version);
        }
    }

    public record ShareView(long ownerId, OwnerKind kind, String name, String identityMasked, boolean designatedVoter) {
    }

    public record UnitView(long id, long estateId, long buildingId, String building, String number, BigDecimal areaM2,
                           AreaSource areaSource, boolean parking, boolean delivered, long version,
                           List<ShareView> owners) {
    }

    public record ResidentView(long id, long communityId, Long householdId, Long accountId, String name, String phone,
                               long version) {
        static ResidentView of(Resident r) {
            return new ResidentView(r.id, r.communityId, r.householdId, r.accountId, r.name, r.phone, r.version);
        }
    }

    public record HouseholdView(long id, long communityId, Long unitId, String name) {
        static HouseholdView of(Household h) {
            return new HouseholdView(h.id, h.communityId, h.unitId, h.name);
        }
    }

    public record OrganizationView(long id, long communityId, Long estateId, OrganizationKind kind, String name) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id, o.communityId, o.estateId, o.kind, o.name);
        }
    }
}
