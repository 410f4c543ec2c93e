package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.Choice;
import cn.shangliang.common.web.DomainException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a ballot's choice is stored: {@code AGREE} for a matter, {@code 12=AGREE;13=OPPOSE} (candidate ids in
 * ascending order, every candidate present) for an election. The form is canonical, so two ballots carry
 * the same choice exactly when their strings are equal — which is how {@code EffectiveBallots} compares them.
 */
public final class ChoiceCodec {

    private ChoiceCodec() {
    }

    public static String of(Choice choice) {
        return choice.name();
    }

    /**
     * An election ballot; a candidate left unmarked is an abstention on that candidate.
     *
     * @throws DomainException if a mark names a candidate not on the ballot
     */
    public static String of(Map<Long, Choice> marks, List<Candidate> candidates) {
        TreeMap<Long, Choice> all = new TreeMap<>();
        for (Candidate c : candidates) {
            all.put(c.id, Choice.ABSTAIN);
        }
        for (Map.Entry<Long, Choice> mark : marks.entrySet()) {
            if (!all.containsKey(mark.getKey()) || mark.getValue() == null) {
                throw DomainException.badInput("unknown-candidate", mark.getKey());
            }
            all.put(mark.getKey(), mark.getValue());
        }
        StringBuilder s = new StringBuilder();
        all.forEach((id, choice) -> s.append(s.isEmpty() ? "" : ";").append(id).append('=').append(choice.name()));
        return s.toString();
    }

    public static Choice single(String encoded) {
        return Choice.valueOf(encoded);
    }

    /** Candidate id (as a string, the key the election count uses) to choice, in ballot order of ids. */
    public static Map<String, Choice> marks(String encoded) {
        Map<String, Choice> marks = new LinkedHashMap<>();
        for (String part : encoded.split(";")) {
            int eq = part.indexOf('=');
            marks.put(part.substring(0, eq), Choice.valueOf(part.substring(eq + 1)));
        }
        return marks;
    }

    public static long agreements(String encoded) {
        return marks(encoded).values().stream().filter(c -> c == Choice.AGREE).count();
    }

    /** Parses a choice name from a form or request, refusing anything else with a clear message. */
    public static Choice parse(String name) {
        if (name != null) {
            for (Choice c : Choice.values()) {
                if (c.name().equals(name.trim())) {
                    return c;
                }
            }
        }
        throw DomainException.badInput("bad-choice");
    }
}
