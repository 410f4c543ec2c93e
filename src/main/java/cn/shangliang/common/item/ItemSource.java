package cn.shangliang.common.item;

import java.util.List;
import java.util.Optional;

import cn.shangliang.common.rules.RuleViolation;

/**
 * What a feature tells discussion and attachments about its items; each feature implements it for its kinds as
 * an application-scoped bean. Answers are for the current visitor (the implementation reads the request's user).
 */
public interface ItemSource {

    ItemKind kind();

    /** The item if the visitor may see it; empty when it does not exist or is hidden from them (a draft). */
    Optional<Item> find(long id);

    /** Why the item takes no comments now (closed, the session has begun); empty while it is open. */
    default List<RuleViolation> commentsClosed(long id) {
        return List.of();
    }

    /**
     * An official reply (官方回复) was just posted on the item by the current visitor, in the posting transaction;
     * the feature decides whether and how it feeds the item's outcome (proposals: docs/rules/discussion.md).
     */
    default void officialReply(long id, long commentId, String body) {
    }

    /** Whether the visitor may add attachments to the item now (its author or staff, as the feature decides). */
    default boolean mayAttach(long id) {
        return false;
    }
}
