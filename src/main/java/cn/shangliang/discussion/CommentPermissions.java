package cn.shangliang.discussion;

import static cn.shangliang.common.security.Role.COMMUNITY_STAFF;
import static cn.shangliang.common.security.Role.COUNCIL_CHAIR;
import static cn.shangliang.common.security.Role.COUNCIL_MEMBER;
import static cn.shangliang.common.security.Role.RESIDENT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.security.Actor;
import cn.shangliang.common.security.Role;

/**
 * Who may do what in a discussion, by the roles held in the item's community. Owners' cards hold OWNER only and
 * are not in any row: cards are for voting, not for talking (docs/rules/discussion.md).
 */
public final class CommentPermissions {

    private static final Map<CommentAction, Set<Role>> TABLE = new EnumMap<>(CommentAction.class);

    static {
        TABLE.put(CommentAction.POST, EnumSet.of(RESIDENT, COUNCIL_MEMBER, COUNCIL_CHAIR, COMMUNITY_STAFF));
        TABLE.put(CommentAction.OFFICIAL_REPLY, EnumSet.of(COUNCIL_MEMBER, COUNCIL_CHAIR, COMMUNITY_STAFF));
        TABLE.put(CommentAction.REPORT, EnumSet.of(RESIDENT, COUNCIL_MEMBER, COUNCIL_CHAIR, COMMUNITY_STAFF));
        TABLE.put(CommentAction.MODERATE, EnumSet.of(COMMUNITY_STAFF));
    }

    private CommentPermissions() {
    }

    public static boolean allows(Actor actor, CommentAction action) {
        return actor.userId() > 0 && actor.rolesInCommunity().stream().anyMatch(TABLE.get(action)::contains);
    }

    /** Posting a comment (an official reply when {@code official}); a card never posts. */
    public static List<RuleViolation> checkPost(Actor actor, boolean card, boolean official) {
        List<RuleViolation> violations = new ArrayList<>();
        if (card) {
            violations.add(RuleViolation.forbidden("comment.card"));
        } else if (!allows(actor, CommentAction.POST)) {
            violations.add(RuleViolation.forbidden("comment.not-member"));
        } else if (official && !allows(actor, CommentAction.OFFICIAL_REPLY)) {
            violations.add(RuleViolation.forbidden("comment.official.not-allowed"));
        }
        return violations;
    }

    /** Editing: the author alone, while the comment is shown and within the edit window. */
    public static List<RuleViolation> checkEdit(Actor actor, long authorId, CommentStatus status, Instant postedAt,
                                                Duration window, Instant now) {
        List<RuleViolation> violations = new ArrayList<>();
        if (actor.userId() != authorId) {
            violations.add(RuleViolation.forbidden("comment.edit.not-author"));
            return violations;
        }
        if (status != CommentStatus.VISIBLE) {
            violations.add(RuleViolation.conflict("comment.edit.not-visible", status));
        }
        if (!now.isBefore(postedAt.plus(window))) {
            violations.add(RuleViolation.conflict("comment.edit.window", window.toMinutes()));
        }
        return violations;
    }

    /** The mark shown beside the author: staff before council when a person is both. */
    public static AuthorMark mark(Actor actor) {
        Set<Role> roles = actor.rolesInCommunity();
        if (roles.contains(COMMUNITY_STAFF)) {
            return AuthorMark.STAFF;
        }
        return roles.contains(COUNCIL_MEMBER) || roles.contains(COUNCIL_CHAIR) ? AuthorMark.COUNCIL : null;
    }
}
