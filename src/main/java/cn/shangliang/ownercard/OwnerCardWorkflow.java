package cn.shangliang.ownercard;

import static cn.shangliang.ownercard.OwnerCardStatus.ACTIVE;
import static cn.shangliang.ownercard.OwnerCardStatus.LOCKED;
import static cn.shangliang.ownercard.OwnerCardStatus.LOST;
import static cn.shangliang.ownercard.OwnerCardStatus.REPLACED;
import static cn.shangliang.ownercard.OwnerCardStatus.REVOKED;

import cn.shangliang.common.web.DomainException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed status changes of an owner card, as a table: every pair not listed is forbidden. A lost card
 * is never "found" again: it is reissued (the old number stops for good) or revoked.
 */
public final class OwnerCardWorkflow {

    /** Statuses in which the card still belongs to its owner: an owner holds at most one such card. */
    public static final Set<OwnerCardStatus> LIVE = Collections.unmodifiableSet(EnumSet.of(ACTIVE, LOCKED, LOST));

    private static final Map<OwnerCardStatus, Set<OwnerCardStatus>> NEXT = new EnumMap<>(OwnerCardStatus.class);

    static {
        allow(ACTIVE, LOCKED, LOST, REVOKED, REPLACED);
        allow(LOCKED, ACTIVE, LOST, REVOKED, REPLACED);
        allow(LOST, REVOKED, REPLACED);
        allow(REVOKED);
        allow(REPLACED);
    }

    private OwnerCardWorkflow() {
    }

    private static void allow(OwnerCardStatus from, OwnerCardStatus... to) {
        Set<OwnerCardStatus> next = EnumSet.noneOf(OwnerCardStatus.class);
        next.addAll(java.util.List.of(to));
        NEXT.put(from, Collections.unmodifiableSet(next));
    }

    public static boolean allows(OwnerCardStatus from, OwnerCardStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<OwnerCardStatus> next(OwnerCardStatus from) {
        return NEXT.get(from);
    }

    /** Only an active card logs in or acts; a locked, lost or ended card's tokens are refused too. */
    public static boolean usable(OwnerCardStatus status) {
        return status == ACTIVE;
    }

    /** 409 naming both statuses unless the change is allowed. */
    public static void check(OwnerCardStatus from, OwnerCardStatus to) {
        if (!allows(from, to)) {
            throw DomainException.conflict("card-state", label(from), label(to));
        }
    }

    /** Chinese words for messages built in code (pages use the identity bundle). */
    public static String label(OwnerCardStatus status) {
        return switch (status) {
            case ACTIVE -> "正常";
            case LOCKED -> "已锁定";
            case LOST -> "已挂失";
            case REVOKED -> "已注销";
            case REPLACED -> "已补办新卡";
        };
    }
}
