package cn.shangliang.hearing;

import java.util.List;
import java.util.Optional;

import cn.shangliang.common.item.Item;
import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.item.ItemSource;
import cn.shangliang.common.rules.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hearings as items: written opinions (comments) from the announcement until the session opens, which the
 * report must answer; materials attached by staff. A draft is seen by staff only, and so are its attachments.
 */
@ApplicationScoped
public class HearingItems implements ItemSource {

    @Inject
    HearingAccess access;

    @Override
    public ItemKind kind() {
        return ItemKind.HEARING;
    }

    @Override
    public Optional<Item> find(long id) {
        return Hearing.<Hearing>findByIdOptional(id)
                .filter(h -> h.status != HearingStatus.DRAFT || access.isStaff(h.communityId))
                .map(h -> new Item(ItemKind.HEARING, h.id, h.communityId, h.title, "/hearings/" + h.id, List.of()));
    }

    @Override
    public List<RuleViolation> commentsClosed(long id) {
        Hearing h = Hearing.findById(id);
        boolean open = h != null && h.status != HearingStatus.DRAFT && h.status != HearingStatus.CANCELLED
                && h.status.ordinal() < HearingStatus.IN_SESSION.ordinal();
        return open ? List.of() : List.of(RuleViolation.conflict("comment.closed.hearing"));
    }

    @Override
    public boolean mayAttach(long id) {
        Hearing h = Hearing.findById(id);
        return h != null && access.isStaff(h.communityId);
    }
}
