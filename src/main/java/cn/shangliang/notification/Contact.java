package cn.shangliang.notification;

/**
 * How a person can be reached, resolved when a delivery is sent (so a changed phone or e-mail takes effect for
 * queued messages): language for the texts, the addresses, the community (SMS cost cap) and the SMS quiet hours
 * (local hours, from inclusive, until exclusive; from == until means none).
 */
public record Contact(String language, String email, String phone, String wechatOpenId, Long communityId,
                      int quietFrom, int quietUntil) {

    public static Contact unknown(String language, int quietFrom, int quietUntil) {
        return new Contact(language, null, null, null, null, quietFrom, quietUntil);
    }
}
