package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A row of a Pabulib PROJECTS section.
 *
 * @param votes    the {@code votes} column, null if the file has none or the cell is empty
 * @param score    the {@code score} column (points), null if absent
 * @param name     the {@code name} column, null if absent
 * @param selected the {@code selected} column (1 funded, 0 not; Poznań also uses 2 and 3), null if absent
 * @param extra    every other column by header name (category, latitude, …), kept for writing back
 */
public record PabulibProject(String id, BigDecimal cost, Long votes, BigDecimal score, String name, Integer selected,
        Map<String, String> extra) {

    public PabulibProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        extra = Map.copyOf(extra);
    }

    public Project toProject() {
        return new Project(id, cost);
    }
}
