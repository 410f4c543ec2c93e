package cn.shangliang.hearing;

import java.util.List;

public record LotteryResult(String seed, List<CategoryDraw> draws) {
    public LotteryResult {
        draws = List.copyOf(draws);
    }

    /** The selected representatives of all categories, ready for {@link HearingQuota#validateParticipants}. */
    public List<Applicant> selected() {
        return draws.stream()
                .flatMap(draw -> draw.selected().stream().map(no -> new Applicant(no, draw.category())))
                .toList();
    }
}
