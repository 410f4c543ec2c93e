package cn.shangliang.assembly.rules;

import cn.shangliang.common.rules.Threshold;
import java.util.List;

/**
 * The count of one question. Areas are in 0.01 m².
 *
 * @param required          the share of the participating area and headcount that must agree
 * @param total             all exclusive area and all heads of the estate
 * @param agreeAreaReached  whether the agreeing area reached {@code required} of the participating area
 * @param agreeHeadsReached whether the agreeing heads reached {@code required} of the participating heads
 * @param buildings         per-building breakdown, sorted by building
 */
public record TallyResult(
        Threshold required,
        Weight total,
        Weight agree,
        Weight oppose,
        Weight abstain,
        Quorum quorum,
        boolean agreeAreaReached,
        boolean agreeHeadsReached,
        List<BuildingTally> buildings) {

    public TallyResult {
        buildings = List.copyOf(buildings);
    }

    /** Everyone who took part: an abstention takes part. */
    public Weight participating() {
        return agree.plus(oppose).plus(abstain);
    }

    /** Passed only with the quorum met and both the area and the headcount reaching the fraction. */
    public boolean passed() {
        return quorum.met() && agreeAreaReached && agreeHeadsReached;
    }

    public Weight of(Choice choice) {
        return switch (choice) {
            case AGREE -> agree;
            case OPPOSE -> oppose;
            case ABSTAIN -> abstain;
        };
    }
}
