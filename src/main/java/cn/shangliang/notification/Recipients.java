package cn.shangliang.notification;

import cn.shangliang.community.Estate;
import cn.shangliang.community.Owner;
import cn.shangliang.identity.Account;
import cn.shangliang.ownercard.OwnerCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves a recipient to how they can be reached, from their account or owner record and their settings. */
@ApplicationScoped
public class Recipients {

    @Inject
    NotificationConfig config;

    /** Settings and choices of an owner's card belong to the owner. */
    static RecipientKey settingsKey(RecipientType type, long id) {
        if (type == RecipientType.OWNER_CARD) {
            OwnerCard card = OwnerCard.findById(id);
            if (card != null) {
                return new RecipientKey(RecipientType.OWNER, card.ownerId);
            }
        }
        return new RecipientKey(type, id);
    }

    public Contact contact(RecipientType type, long id) {
        RecipientKey key = settingsKey(type, id);
        NotificationSetting s = NotificationSetting.findById(key);
        String language = s == null ? "zh" : s.language;
        int quietFrom = s == null ? config.quietFrom() : s.quietFrom;
        int quietUntil = s == null ? config.quietUntil() : s.quietUntil;
        String email = s == null ? null : s.email;
        String openId = s == null ? null : s.wechatOpenId;
        String phone = null;
        Long community = null;
        if (key.recipientType == RecipientType.ACCOUNT) {
            Account a = Account.findById(key.recipientId);
            if (a != null) {
                phone = a.phone;
                community = a.homeCommunityId;
            }
        } else {
            Owner o = Owner.findById(key.recipientId);
            if (o != null) {
                phone = o.phone;
                Estate e = Estate.findById(o.estateId);
                community = e == null ? null : e.communityId;
            }
        }
        return new Contact(language, blankToNull(email), blankToNull(phone), blankToNull(openId), community,
                quietFrom, quietUntil);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
