package cn.shangliang.common.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The page a member lands on after scanning a check-in QR code (meetings, hearings): one button, so the check-in
 * is a POST with the CSRF token and works without JavaScript; the signed token rides along in a hidden field.
 */
public final class QrCheckIn {

    private QrCheckIn() {
    }

    @CheckedTemplate(basePath = "common")
    static class Templates {
        static native TemplateInstance qrCheckIn(String title, String action, String token);
    }

    public static TemplateInstance page(String title, String action, String token) {
        return Templates.qrCheckIn(title, action, token);
    }
}
