package cn.shangliang.ownercard;

import static cn.shangliang.ownercard.OwnerCardStatus.ACTIVE;
import static cn.shangliang.ownercard.OwnerCardStatus.LOCKED;
import static cn.shangliang.ownercard.OwnerCardStatus.LOST;
import static cn.shangliang.ownercard.OwnerCardStatus.REPLACED;
import static cn.shangliang.ownercard.OwnerCardStatus.REVOKED;

import cn.shangliang.common.rules.TransitionTable;
import cn.shangliang.common.web.DomainException;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The allowed status changes of an owner card, as a table: every pair not listed is forbidden. A lost card
 * is never "found" again: it is reissued (the old number stops for good) or revoked.
 */
public final class OwnerCardWorkflow {

    /** Statuses in which the card still belongs to its owner: an owner holds at most one such card. */
    public static final Set<OwnerCardStatus> LIVE = Collections.unmodifiableSet(EnumSet.of(ACTIVE, LOCKED, LOST));

    public static final TransitionTable<OwnerCardStatus> TRANSITIONS = TransitionTable
            .builder(OwnerCardStatus.class, "ownercard")
            .allow(ACTIVE, LOCKED, LOST, REVOKED, REPLACED)
            .allow(LOCKED, ACTIVE, LOST, REVOKED, REPLACED)
            .allow(LOST, REVOKED, REPLACED)
            .build();

    private OwnerCardWorkflow() {
    }

    public static boolean allows(OwnerCardStatus from, OwnerCardStatus to) {
        return TRANSITIONS.allows(from, to);
    }

    public static Set<OwnerCardStatus> next(OwnerCardStatus from) {
        return TRANSITIONS.next(from);
    }

    /** Only an active card logs in or acts; a locked, lost or ended card's tokens are refused too. */
    public static boolean usable(OwnerCardStatus status) {
        return status == ACTIVE;
    }

    /**
     * 409 naming both statuses (in the visitor's language) unless the change is allowed. The code stays
     * {@code card-state}, the one card clients have always been answered with.
     */
    public static void check(OwnerCardStatus from, OwnerCardStatus to) {
        if (!allows(from, to)) {
            throw DomainException.conflict("card-state", from, to);
        }
    }
}
