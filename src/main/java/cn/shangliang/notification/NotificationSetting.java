package cn.shangliang.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A person's notification settings: language, e-mail, SMS quiet hours, the bound WeChat openid. */
@Entity
@Table(name = "notification_setting")
@IdClass(RecipientKey.class)
public class NotificationSetting extends PanacheEntityBase {

    @Id @Enumerated(EnumType.STRING) @Column(nullable = false) public RecipientType recipientType;
    @Id public long recipientId;
    @Column(nullable = false) public String language;
    public String email;
    public int quietFrom;
    public int quietUntil;
    @Column(name = "wechat_openid") public String wechatOpenId;
    public Instant wechatBoundAt;
    @Version public long version;

    public static NotificationSetting find(RecipientType type, long id) {
        return findById(new RecipientKey(type, id));
    }
}
