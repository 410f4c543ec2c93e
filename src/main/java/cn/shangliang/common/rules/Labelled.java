package cn.shangliang.common.rules;

import cn.shangliang.common.i18n.Labels;

/**
 * A value residents see. Its text lives in {@code i18n/labels_zh|en.properties} under
 * {@code enum.<EnumType>.<CONSTANT>}; {@link #label()} is the Chinese text, for texts stored as records
 * (notices, audit entries), {@link #label(String)} the text in a visitor's language.
 */
public interface Labelled {

    default String label() {
        return Labels.of(this, "zh");
    }

    default String label(String language) {
        return Labels.of(this, language);
    }
}
