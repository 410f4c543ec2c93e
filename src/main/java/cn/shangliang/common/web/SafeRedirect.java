package cn.shangliang.common.web;

import java.net.URI;

/** Redirect targets taken from a request may only point inside this site. */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    public static URI local(String target, String fallback) {
        boolean local = target != null && target.startsWith("/") && !target.startsWith("//")
                && !target.contains("\\") && !target.contains("\r") && !target.contains("\n");
        return URI.create(local ? target : fallback);
    }
}
