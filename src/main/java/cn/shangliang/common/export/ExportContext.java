package cn.shangliang.common.export;

import cn.shangliang.common.rules.Labelled;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The visitor's language for an export: its headings ({@link ExportMessages}), enum labels, a feature's bundle. */
public record ExportContext(ExportMessages m, String lang) {

    /** A cell value as the visitor reads it: enum labels in their language, yes/no for booleans. */
    public Object show(Object value) {
        if (value instanceof Labelled l) {
            return l.label(lang);
        }
        if (value instanceof Boolean b) {
            return b ? m.yes() : m.no();
        }
        return value;
    }

    /** A feature's message bundle in the visitor's language, for statuses that bundle names. */
    public <T> T bundle(Class<T> messages) {
        return MessageBundles.get(messages, Localized.Literal.of(lang));
    }
}
