package cn.shangliang.community.rules;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One head of the owners' assembly: the voting weight is {@link #area()} and exactly one head.
 *
 * @param key            the key ballots are bound to: the owner's key, or for co-owners their sorted
 *                       keys joined by {@value OwnerRef#JOINT_SEPARATOR}
 * @param ownerKeys      the owner-identities behind the voter, sorted
 * @param delegate       the owner key that casts this voter's ballot: the owner itself, or the
 *                       co-owners' designated voter; null while co-owners have designated nobody
 * @param unitIds        the units counted for this voter, sorted
 * @param areaByBuilding counted area in 0.01 m² per building the voter holds units in; a building
 *                       appears with 0 when its units' area does not count (parking, if so configured)
 */
public record Voter(
        String key,
        VoterKind kind,
        List<String> ownerKeys,
        String delegate,
        List<String> unitIds,
        SortedMap<String, Long> areaByBuilding) {

    public Voter {
        ownerKeys = List.copyOf(ownerKeys);
        unitIds = List.copyOf(unitIds);
        areaByBuilding = Collections.unmodifiableSortedMap(new TreeMap<>(areaByBuilding));
    }

    /** Total counted area in 0.01 m². */
    public long area() {
        long sum = 0;
        for (long a : areaByBuilding.values()) {
            sum = Math.addExact(sum, a);
        }
        return sum;
    }

    public List<String> buildings() {
        return List.copyOf(areaByBuilding.keySet());
    }
}
