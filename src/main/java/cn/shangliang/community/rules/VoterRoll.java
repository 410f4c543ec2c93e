package cn.shangliang.community.rules;

import cn.shangliang.community.OwnerKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The voters of an estate and how each unit was counted, per the SPC interpretation on building
 * distinct ownership, Arts. 8–9, and 指导规则 Art. 25. See docs/rules/owners-and-areas.md.
 *
 * @param voters sorted by key; one entry per head
 * @param units  sorted by unit id; every unit of the estate, with the area source used
 */
public record VoterRoll(List<Voter> voters, List<CountedUnit> units) {

    public VoterRoll {
        voters = List.copyOf(voters);
        units = List.copyOf(units);
    }

    /** All exclusive area that counts, in 0.01 m²: the area denominator of the quorum. */
    public long totalArea() {
        long sum = 0;
        for (Voter v : voters) {
            sum = Math.addExact(sum, v.area());
        }
        return sum;
    }

    /** All owners by headcount: the headcount denominator of the quorum. */
    public int headcount() {
        return voters.size();
    }

    /**
     * Computes the roll. Inconsistent records are refused with the unit named rather than guessed at:
     * a roll that is wrong in one unit makes every threshold of every decision questionable.
     */
    public static VoterRoll compute(List<UnitRecord> records, RollOptions options) {
        Map<String, OwnerKind> kinds = new HashMap<>();
        Set<String> unitIds = new HashSet<>();
        Map<String, Draft> drafts = new TreeMap<>();
        List<CountedUnit> units = new ArrayList<>();
        for (UnitRecord unit : records) {
            if (!unitIds.add(unit.unitId())) {
                throw new IllegalArgumentException("unit " + unit.unitId() + " is listed twice");
            }
            try {
                ExclusiveArea area = unit.areas().pick();
                boolean areaCounts = !unit.parking() || options.parkingAreaCounts();
                Claim claim = claim(unit, kinds);
                drafts.computeIfAbsent(claim.key(), k -> new Draft(claim))
                        .add(unit, claim.delegate(), areaCounts ? area.centiM2() : 0);
                units.add(new CountedUnit(unit.unitId(), unit.building(), area, areaCounts, claim.key()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unit " + unit.unitId() + ": " + e.getMessage(), e);
            }
        }
        units.sort(Comparator.comparing(CountedUnit::unitId));
        return new VoterRoll(drafts.values().stream().map(Draft::toVoter).toList(), units);
    }

    /** Who a unit counts for: the voter key, the owners behind it and who casts its ballot. */
    private record Claim(String key, VoterKind kind, List<String> ownerKeys, String delegate) {
    }

    private static Claim claim(UnitRecord unit, Map<String, OwnerKind> kinds) {
        if (unit.delivered() && !unit.sold()) {
            throw new IllegalArgumentException("delivered but not sold");
        }
        if (!unit.sold() && !unit.owners().isEmpty()) {
            throw new IllegalArgumentException("unsold but has buyers on record");
        }
        if (unit.developer() != null) {
            if (unit.developer().kind() != OwnerKind.DEVELOPER) {
                throw new IllegalArgumentException("developer " + unit.developer().key() + " is not of kind DEVELOPER");
            }
            register(unit.developer(), kinds);
        }
        Set<String> ownerKeys = new TreeSet<>();
        for (OwnerRef owner : unit.owners()) {
            if (owner.kind() == OwnerKind.DEVELOPER) {
                throw new IllegalArgumentException("developer " + owner.key() + " listed as a buyer; list the unit as unsold");
            }
            if (!ownerKeys.add(owner.key())) {
                throw new IllegalArgumentException("owner " + owner.key() + " listed twice");
            }
            register(owner, kinds);
        }
        if (!unit.countsForBuyers()) {
            OwnerRef developer = unit.developer();
            if (developer == null) {
                throw new IllegalArgumentException("unsold or undelivered but no developer");
            }
            return new Claim(developer.key(), VoterKind.DEVELOPER, List.of(developer.key()), developer.key());
        }
        if (ownerKeys.isEmpty()) {
            throw new IllegalArgumentException("sold and delivered but no owner");
        }
        if (ownerKeys.size() == 1) {
            OwnerRef owner = unit.owners().get(0);
            VoterKind kind = owner.kind() == OwnerKind.PERSON ? VoterKind.PERSON : VoterKind.ORGANIZATION;
            return new Claim(owner.key(), kind, List.of(owner.key()), owner.key());
        }
        String designated = unit.designatedVoter();
        if (designated != null && !ownerKeys.contains(designated)) {
            throw new IllegalArgumentException("designated voter " + designated + " is not a co-owner");
        }
        return new Claim(String.join(OwnerRef.JOINT_SEPARATOR, ownerKeys), VoterKind.CO_OWNERS,
                List.copyOf(ownerKeys), designated);
    }

    private static void register(OwnerRef owner, Map<String, OwnerKind> kinds) {
        OwnerKind known = kinds.putIfAbsent(owner.key(), owner.kind());
        if (known != null && known != owner.kind()) {
            throw new IllegalArgumentException("owner " + owner.key() + " is both " + known + " and " + owner.kind());
        }
    }

    private static final class Draft {
        private final Claim claim;
        private final List<String> unitIds = new ArrayList<>();
        private final Map<String, Long> areaByBuilding = new TreeMap<>();
        private String delegate;

        Draft(Claim claim) {
            this.claim = claim;
        }

        void add(UnitRecord unit, String unitDelegate, long countedArea) {
            if (unitDelegate != null) {
                if (delegate != null && !delegate.equals(unitDelegate)) {
                    throw new IllegalArgumentException("co-owners " + claim.key() + " designated both "
                            + delegate + " and " + unitDelegate + "; one voter must be designated for all their units");
                }
                delegate = unitDelegate;
            }
            unitIds.add(unit.unitId());
            areaByBuilding.merge(unit.building(), countedArea, Math::addExact);
        }

        Voter toVoter() {
            unitIds.sort(null);
            return new Voter(claim.key(), claim.kind(), claim.ownerKeys(), delegate, unitIds, new TreeMap<>(areaByBuilding));
        }
    }
}
