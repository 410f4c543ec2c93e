package cn.shangliang.notification;

import cn.shangliang.common.web.AttentionItem;

import java.util.List;
import java.util.Set;

/**
 * A feature's part of "Open for you" ({@link OpenForYouAttention}): what an account may take part in now in its
 * communities. Features implement it as beans, so this package needs to know none of them.
 */
public interface OpenForYou {

    /** The most items one feature adds. */
    int LIMIT = 5;

    /** Where the feature's items stand on the page: lower first. */
    int order();

    /** At most {@link #LIMIT} items, newest or most urgent first; texts from {@code msg}. */
    List<AttentionItem> openFor(long accountId, Set<Long> communities, NotificationMessages msg);
}
