package cn.shangliang.council;

import java.util.List;
import java.util.Optional;

import cn.shangliang.common.item.Item;
import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.item.ItemSource;
import cn.shangliang.common.rules.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Council items: agenda items are discussed once the agenda is published and until the meeting opens; meetings
 * carry their minutes' attachments and follow-ups their reports', added by whoever may run them.
 */
public final class CouncilItems {

    private CouncilItems() {
    }

    static long community(long councilId) {
        return ((Council) Council.findById(councilId)).communityId;
    }

    @ApplicationScoped
    public static class AgendaItems implements ItemSource {
        @Override
        public ItemKind kind() {
            return ItemKind.AGENDA_ITEM;
        }

        @Override
        public Optional<Item> find(long id) {
            return AgendaItem.<AgendaItem>findByIdOptional(id).map(i -> {
                Meeting m = Meeting.findById(i.meetingId);
                return new Item(ItemKind.AGENDA_ITEM, i.id, community(m.councilId), i.title,
                        "/meetings/" + m.id + "#item-" + i.id, List.of());
            });
        }

        @Override
        public List<RuleViolation> commentsClosed(long id) {
            AgendaItem i = AgendaItem.findById(id);
            Meeting m = i == null ? null : Meeting.findById(i.meetingId);
            return m != null && m.status == MeetingStatus.AGENDA_PUBLISHED ? List.of()
                    : List.of(RuleViolation.conflict("comment.closed.agenda"));
        }
    }

    @ApplicationScoped
    public static class Meetings implements ItemSource {
        @Inject
        CouncilActors actors;

        @Override
        public ItemKind kind() {
            return ItemKind.MEETING;
        }

        @Override
        public Optional<Item> find(long id) {
            return Meeting.<Meeting>findByIdOptional(id)
                    .map(m -> new Item(ItemKind.MEETING, m.id, community(m.councilId), m.title, "/meetings/" + m.id, List.of()));
        }

        @Override
        public boolean mayAttach(long id) {
            Meeting m = Meeting.findById(id);
            return m != null && CouncilPermissions.allows(actors.actor(community(m.councilId)), CouncilAction.SCHEDULE_MEETING);
        }
    }

    @ApplicationScoped
    public static class FollowUps implements ItemSource {
        @Inject
        CouncilActors actors;

        @Override
        public ItemKind kind() {
            return ItemKind.FOLLOW_UP;
        }

        @Override
        public Optional<Item> find(long id) {
            return FollowUp.<FollowUp>findByIdOptional(id)
                    .map(f -> new Item(ItemKind.FOLLOW_UP, f.id, community(f.councilId), f.responsible,
                            "/follow-ups/" + f.id, List.of()));
        }

        @Override
        public boolean mayAttach(long id) {
            FollowUp f = FollowUp.findById(id);
            return f != null && CouncilPermissions.allows(actors.actor(community(f.councilId)), CouncilAction.ASSIGN_FOLLOW_UP);
        }
    }
}
