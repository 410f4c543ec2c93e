package cn.shangliang.assembly.rules;

/**
 * One building's part of a tally. A voter's area is split over the buildings it lies in and its head
 * is shown under {@link VoterRollEntry#headBuilding()}, so the buildings add up exactly to the estate.
 */
public record BuildingTally(String building, Weight total, Weight agree, Weight oppose, Weight abstain) {

    public Weight participating() {
        return agree.plus(oppose).plus(abstain);
    }
}
