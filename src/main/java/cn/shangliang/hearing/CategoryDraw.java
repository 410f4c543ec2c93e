package cn.shangliang.hearing;

import java.util.List;

/**
 * The draw in one category. {@code pool} is every applicant in ascending application order; when there are
 * more applicants than seats, the steps rank all of them: the first {@code seats} drawn are selected, the rest
 * are reserves in the order they would replace a representative who withdraws. With no more applicants than
 * seats there are no steps and everyone is selected.
 */
public record CategoryDraw(RepresentativeCategory category, int seats, List<Long> pool, List<DrawStep> steps,
                           List<Long> selected, List<Long> reserves) {
    public CategoryDraw {
        pool = List.copyOf(pool);
        steps = List.copyOf(steps);
        selected = List.copyOf(selected);
        reserves = List.copyOf(reserves);
    }
}
