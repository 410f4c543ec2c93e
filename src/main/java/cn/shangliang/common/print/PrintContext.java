package cn.shangliang.common.print;

import cn.shangliang.common.rules.Labelled;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The visitor's language for a printed document: its labels ({@link PrintMessages}), enum labels, a feature's bundle. */
public record PrintContext(PrintMessages m, String lang) {

    public String label(Labelled value) {
        return value == null ? "" : value.label(lang);
    }

    public String yesNo(boolean value) {
        return value ? m.yes() : m.no();
    }

    public <T> T bundle(Class<T> messages) {
        return MessageBundles.get(messages, Localized.Literal.of(lang));
    }
}
