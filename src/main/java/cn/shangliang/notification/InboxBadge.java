package cn.shangliang.notification;

import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in every page's header ({@code inject:inbox.unread}), counted once per request. */
@Named("inbox")
@RequestScoped
public class InboxBadge {

    @Inject
    InboxService inbox;

    @Inject
    Ui ui;

    private Long unread;

    public long unread() {
        if (unread == null) {
            unread = ui.loggedIn() ? inbox.unread() : 0L;
        }
        return unread;
    }
}
