package cn.shangliang.common.item;

import java.util.List;

/**
 * One item as the visitor may see it: its community, title and page, and the accounts who follow it (its
 * proposer, co-signers) for notifications.
 */
public record Item(ItemKind kind, long id, long communityId, String title, String link, List<Long> followers) {
    public Item {
        followers = List.copyOf(followers);
    }
}
