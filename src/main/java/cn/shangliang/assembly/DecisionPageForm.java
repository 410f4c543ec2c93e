package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.MatterType;
import cn.shangliang.common.web.BeijingDateTime;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The decision form of the pages as {@code common.web.FormPipeline} binds it: the candidates one per line, the
 * window as Beijing wall-clock times (what a datetime-local input sends). {@link #form()} is the record the JSON
 * API takes.
 */
public record DecisionPageForm(Long estateId, String title, String text, String attachments, MatterType matterType,
                               String candidates, Integer seats,
                               @JsonDeserialize(using = BeijingDateTime.class) Instant opensAt,
                               @JsonDeserialize(using = BeijingDateTime.class) Instant closesAt,
                               Integer proxyCap) {

    DecisionForm form() {
        List<String> names = matterType == MatterType.OWNERS_COMMITTEE && candidates != null
                ? Arrays.stream(candidates.split("\\R")).filter(s -> !s.isBlank()).toList() : List.of();
        return new DecisionForm(estateId, title, text, attachments, matterType, names, seats, opensAt, closesAt, proxyCap);
    }
}
