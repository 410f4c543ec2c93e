package cn.shangliang.common.web;

import java.util.List;

/**
 * A feature's contribution to the home page ("what needs my attention"). Each feature implements one as an
 * {@code @ApplicationScoped} bean; the home page asks them all.
 */
public interface AttentionSource {

    List<AttentionItem> itemsForCurrentUser();
}
