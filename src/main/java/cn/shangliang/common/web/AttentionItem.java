package cn.shangliang.common.web;

/** One line on a user's home page: something that needs them, with where to go. */
public record AttentionItem(String text, String href, boolean overdue) {
}
