package cn.shangliang.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A list's filter as the tail of its pager links ({@code &status=OPEN&q=…}), each value URL-encoded; blank and
 * missing values are left out, so a link carries exactly what the visitor narrowed the list by.
 */
public final class QueryString {

    private final StringBuilder tail = new StringBuilder();

    public QueryString add(String name, Object value) {
        String text = value == null ? "" : String.valueOf(value).strip();
        if (!text.isEmpty()) {
            tail.append('&').append(name).append('=').append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return this;
    }

    @Override
    public String toString() {
        return tail.toString();
    }
}
