package cn.shangliang.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves a recipient to how they can be reached, from their account or owner record and their settings. */
@ApplicationScoped
public class Recipients {

    @Inject
    NotificationConfig config;

    @Inject
    People people;

    /** Settings and choices of an owner's card belong to the owner. */
    static RecipientKey settingsKey(RecipientType type, long id) {
        if (type == RecipientType.OWNER_CARD) {
            Long owner = People.current().ownerOfCard(id);
            if (owner != null) {
                return new RecipientKey(RecipientType.OWNER, owner);
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
        People.Reach reach = people.reach(key);
        String phone = reach == null ? null : reach.phone();
        Long community = reach == null ? null : reach.communityId();
        return new Contact(language, blankToNull(email), blankToNull(phone), blankToNull(openId), community,
                quietFrom, quietUntil);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
