package cn.shangliang.common.audit;

import cn.shangliang.common.i18n.Labels;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Audit entries as people read them: who acted by name, the action and the record in words, and codes in the
 * summary (an enum constant such as {@code BUDGET} or {@code SATISFIED}) by their label. The stored entry stays as
 * it was sealed; only the page reads it differently, and the raw action is kept for filtering. Summaries never
 * hold a ballot choice (only commitments, docs/rules/ballot-privacy.md), so naming the actor puts no choice beside
 * an owner.
 */
public final class AuditCells {

    /**
     * A code in a stored summary that the audit page shows by its label: an enum constant's name, in capitals with
     * underscores ({@code SELF_FINANCED}) or one word of three capitals or more ({@code BUDGET}). Public so that
     * whoever reads the page (the tests' crawler, telling the user's stored text from what the page writes around
     * it) splits a summary exactly where the page does.
     */
    public static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");

    private AuditCells() {
    }

    /** One row of the audit table; {@code actorFilter} lists the same actor's entries. */
    public record Row(long id, Long seq, Instant occurredAt, String actorFilter, String actor, String action,
                      String actionLabel, String record, String summary) {
    }

    static List<Row> rows(List<AuditEntry> entries, AccountNames accountNames, String language) {
        Map<Long, String> names = accountNames.of(entries.stream().map(e -> accountId(e.actor))
                .filter(id -> id != null).collect(Collectors.toSet()));
        return entries.stream().map(e -> new Row(e.id, e.seq, e.occurredAt,
                "/audit?actor=" + URLEncoder.encode(e.actor, StandardCharsets.UTF_8), actor(e.actor, names, language),
                e.action, action(e.action, language), record(e.entityType, e.entityId, language),
                summary(e.summary, language))).toList();
    }

    /** An area of actions (the first word of their codes) for the filter's choices. */
    public record Area(String code, String label, boolean selected) {
    }

    static List<Area> areas(List<String> codes, String selected, String language) {
        return codes.stream().map(c -> {
            String label = Labels.text("audit.area." + c, language);
            return new Area(c, label == null ? c : label, c.equals(selected));
        }).toList();
    }

    static String action(String action, String language) {
        String label = Labels.text("audit.action." + action, language);
        return label == null ? action : label;
    }

    static String record(String type, String id, String language) {
        String label = Labels.text("audit.entity." + type, language);
        return (label == null ? type : label) + " #" + id;
    }

    static String actor(String actor, Map<Long, String> names, String language) {
        Long account = accountId(actor);
        if (account != null) {
            String name = names.get(account);
            return name != null ? name : format("audit.actor.account", language, account);
        }
        if (actor.startsWith("card:")) {
            return format("audit.actor.card", language, actor.substring("card:".length()));
        }
        String label = Labels.text("audit.actor." + actor, language);
        return label == null ? actor : label;
    }

    /** Codes in the summary by their label, where the labels bundle gives one text for that name. */
    static String summary(String summary, String language) {
        if (summary == null) {
            return "";
        }
        Matcher m = CODE.matcher(summary);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(label(m.group(), language)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String label(String code, String language) {
        List<String> texts = Labels.keysEndingWith(code, language).stream().map(k -> Labels.text(k, language)).distinct().toList();
        return texts.size() == 1 ? texts.get(0) : code;
    }

    private static Long accountId(String actor) {
        if (actor == null || !actor.startsWith("account:")) {
            return null;
        }
        try {
            return Long.parseLong(actor.substring("account:".length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String format(String key, String language, Object arg) {
        String pattern = Labels.text(key, language);
        return pattern == null ? String.valueOf(arg) : MessageFormat.format(pattern, String.valueOf(arg));
    }
}
