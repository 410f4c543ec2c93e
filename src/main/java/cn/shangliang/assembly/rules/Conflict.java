package cn.shangliang.assembly.rules;

import java.util.List;

/**
 * Casts for one voter that disagree (for example a paper ballot and an online ballot with different
 * choices). While open, none of them counts: staff resolve it by voiding the record that is not the
 * owner's will.
 */
public record Conflict<T>(String voterKey, List<Cast<T>> casts) {

    public Conflict {
        casts = List.copyOf(casts);
    }
}
