package cn.shangliang.common.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Redirect targets taken from a request may only point inside this site. */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    /** {@code target} when it is a well-formed path on this site, else {@code fallback} (never an error). */
    public static URI local(String target, String fallback) {
        boolean local = target != null && target.startsWith("/") && !target.startsWith("//")
                && !target.contains("\\") && !target.contains("\r") && !target.contains("\n");
        if (local) {
            try {
                URI uri = new URI(target);
                if (uri.getScheme() == null && uri.getAuthority() == null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // a typed or tampered next (a space, a stray %) is not worth a 500: go to the fallback
            }
        }
        return URI.create(fallback);
    }
}
