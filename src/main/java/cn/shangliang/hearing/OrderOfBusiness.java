package cn.shangliang.hearing;

import static cn.shangliang.hearing.SessionStage.REPRESENTATIVE_STATEMENTS;
import static cn.shangliang.hearing.SessionStage.SPONSOR_PRESENTATION;

import cn.shangliang.common.rules.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The session runs in order (DOMAIN.md §4): the sponsor presents, then the representatives state their views,
 * then questions and debate. A stage, once left, is not reopened, so the record reads in the order things
 * were said; no stage is skipped, so representatives always speak before the debate. Where the session stands
 * refuses a step, so these are conflicts (409).
 */
public final class OrderOfBusiness {
    private OrderOfBusiness() {
    }

    /**
     * Whether a statement at {@code next} may be recorded after the last one at {@code last} (null: none yet).
     * In the representatives' stage only a representative who is present speaks.
     */
    public static List<RuleViolation> checkStatement(SessionStage last, SessionStage next, boolean presentRepresentative) {
        Objects.requireNonNull(next);
        List<RuleViolation> violations = new ArrayList<>();
        if (last == null && next != SPONSOR_PRESENTATION) {
            violations.add(RuleViolation.conflict("hearing.session.sponsor-first"));
        } else if (last != null && next.ordinal() < last.ordinal()) {
            violations.add(RuleViolation.conflict("hearing.session.stage-passed", next, last));
        } else if (last != null && next.ordinal() > last.ordinal() + 1) {
            SessionStage following = SessionStage.values()[last.ordinal() + 1];
            violations.add(RuleViolation.conflict("hearing.session.stage-skipped", last, following));
        }
        if (next == REPRESENTATIVE_STATEMENTS && !presentRepresentative) {
            violations.add(RuleViolation.conflict("hearing.session.not-a-representative", REPRESENTATIVE_STATEMENTS));
        }
        return violations;
    }

    /** The session ends only after the representatives have stated their views. */
    public static List<RuleViolation> checkEnd(SessionStage last) {
        if (last != null && last.ordinal() >= REPRESENTATIVE_STATEMENTS.ordinal()) {
            return List.of();
        }
        return List.of(RuleViolation.conflict("hearing.session.no-representative-views"));
    }
}
