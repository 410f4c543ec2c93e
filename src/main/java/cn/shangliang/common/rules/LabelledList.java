package cn.shangliang.common.rules;

import cn.shangliang.common.i18n.ErrorTexts;

import java.util.List;
import java.util.stream.Collectors;

/** Several labelled values as one argument of a text, joined as the reader's language joins a list (、 or ", "). */
public record LabelledList(List<? extends Labelled> values) implements Labelled {

    public LabelledList {
        values = List.copyOf(values);
    }

    @Override
    public String label() {
        return label("zh");
    }

    @Override
    public String label(String language) {
        String separator = ErrorTexts.pattern("list.separator", language);
        return values.stream().map(v -> v.label(language)).collect(Collectors.joining(separator == null ? ", " : separator));
    }
}
