package cn.shangliang.assembly.rules;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One voter of a decision's roster snapshot: one head, with exclusive area in 0.01 m² per building.
 */
public record VoterRollEntry(String key, SortedMap<String, Long> areaByBuilding) {

    public VoterRollEntry {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("voter key is blank");
        }
        if (areaByBuilding.isEmpty()) {
            throw new IllegalArgumentException("voter " + key + " has no building");
        }
        for (Map.Entry<String, Long> e : areaByBuilding.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("voter " + key + ": negative area in " + e.getKey());
            }
        }
        areaByBuilding = Collections.unmodifiableSortedMap(new TreeMap<>(areaByBuilding));
    }

    public static VoterRollEntry of(String key, String building, long area) {
        return new VoterRollEntry(key, new TreeMap<>(Map.of(building, area)));
    }

    public long area() {
        long sum = 0;
        for (long a : areaByBuilding.values()) {
            sum = Math.addExact(sum, a);
        }
        return sum;
    }

    /**
     * The building a voter's one head is shown under in the per-building breakdown, so that the
     * buildings' headcounts add up to the estate's: the building with most of the voter's area, the
     * first by name on a tie.
     */
    public String headBuilding() {
        String best = null;
        long bestArea = -1;
        for (Map.Entry<String, Long> e : areaByBuilding.entrySet()) {
            if (e.getValue() > bestArea) {
                best = e.getKey();
                bestArea = e.getValue();
            }
        }
        return best;
    }
}
