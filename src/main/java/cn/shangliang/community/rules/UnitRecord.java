package cn.shangliang.community.rules;

import java.util.List;
import java.util.Objects;

/**
 * One unit (专有部分) as the property records show it, the input of {@link VoterRoll#compute}.
 *
 * @param developer       the developer that built the unit; required unless the unit is sold and
 *                        delivered, because until then the unit counts for the developer (SPC Art. 9)
 * @param owners          the buyers once sold; must be empty for an unsold unit. For a sold but
 *                        undelivered unit they are kept on record but do not vote for it yet.
 * @param designatedVoter for a co-owned unit, the key of the co-owner the co-owners designated to vote
 *                        (指导规则 Art. 25); null while not designated. Ignored for a sole owner.
 */
public record UnitRecord(
        String unitId,
        String building,
        CandidateAreas areas,
        boolean parking,
        OwnerRef developer,
        List<OwnerRef> owners,
        String designatedVoter,
        boolean sold,
        boolean delivered) {

    public UnitRecord {
        if (unitId == null || unitId.isBlank()) {
            throw new IllegalArgumentException("unit id is blank");
        }
        if (building == null || building.isBlank()) {
            throw new IllegalArgumentException("unit " + unitId + ": building is blank");
        }
        Objects.requireNonNull(areas, "areas");
        owners = List.copyOf(owners);
    }

    /** Whether the buyers vote for this unit; otherwise the developer does. */
    public boolean countsForBuyers() {
        return sold && delivered;
    }
}
