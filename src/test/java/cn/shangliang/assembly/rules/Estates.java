package cn.shangliang.assembly.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small hand-worked estates for tally tests: voters v1..vn in building "1". */
final class Estates {

    private Estates() {
    }

    /** Areas in 0.01 m², one voter each. */
    static IndexedVoterRoll roster(long... areas) {
        List<VoterRollEntry> voters = new ArrayList<>();
        for (int i = 0; i < areas.length; i++) {
            voters.add(VoterRollEntry.of("v" + (i + 1), "1", areas[i]));
        }
        return new IndexedVoterRoll(voters);
    }

    /**
     * One letter per voter in roster order: A agree, O oppose, X abstain, - no ballot.
     */
    static Map<String, Choice> votes(String letters) {
        Map<String, Choice> votes = new HashMap<>();
        for (int i = 0; i < letters.length(); i++) {
            Choice choice = switch (letters.charAt(i)) {
                case 'A' -> Choice.AGREE;
                case 'O' -> Choice.OPPOSE;
                case 'X' -> Choice.ABSTAIN;
                case '-' -> null;
                default -> throw new IllegalArgumentException(letters);
            };
            if (choice != null) {
                votes.put("v" + (i + 1), choice);
            }
        }
        return votes;
    }
}
