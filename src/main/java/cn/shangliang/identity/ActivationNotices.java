package cn.shangliang.identity;

import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.notification.Contact;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.RecipientType;
import cn.shangliang.notification.Recipients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Sends a new activation code to the person (account activation) when they can be reached without logging in: a
 * text to the account's phone, an e-mail or WeChat message when their settings hold an address. Without any, the
 * printed slip is the only way (nothing is queued). The code is a secret kept hashed; the outbox holds it in clear
 * only until it is used or replaced: then the earlier messages' arguments are overwritten.
 */
@ApplicationScoped
public class ActivationNotices {

    static final String NO_LONGER_VALID = "event:account.code-used";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TemplateExtensions.ZONE);

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    /** In the transaction that issued the code; returns whether a message was queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean issued(Account a, ActivationCodes.Issued code) {
        forget(a);
        Contact contact = recipients.contact(RecipientType.ACCOUNT, a.id);
        if (contact.phone() == null && contact.email() == null && contact.wechatOpenId() == null) {
            return false;
        }
        notifications.toAccounts(NotificationKind.ACCOUNT_ACTIVATION, List.of(a.id), "account", a.id,
                a.homeCommunityId, "/activate", a.displayName, code.code(), TIME.format(code.expiresAt()), a.username);
        return true;
    }

    /** The code was used or replaced: earlier messages stop showing it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Account a) {
        notifications.rewriteArgs(NotificationKind.ACCOUNT_ACTIVATION, RecipientType.ACCOUNT, a.id,
                List.of(a.displayName, NO_LONGER_VALID, NO_LONGER_VALID, a.username));
    }
}
