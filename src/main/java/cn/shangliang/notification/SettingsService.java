package cn.shangliang.notification;

import cn.shangliang.common.security.Caller;
import cn.shangliang.common.audit.AuditLog;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's notification settings: language, e-mail address, SMS quiet hours, and which channels they want for
 * each kind of message. What may not be switched off ({@link NotificationKind#switchable}) stays on whatever the
 * form sends.
 */
@ApplicationScoped
public class SettingsService {

    /** The form and the JSON body; {@code on} lists the "KIND/CHANNEL" pairs left on. Messages are error codes. */
    public record SettingsRequest(@NotNull(message = "field.notification.language")
                                  @Pattern(regexp = "zh|en", message = "field.notification.language") String language,
                                  @Email(message = "field.notification.email")
                                  @Size(max = 200, message = "field.notification.email") String email,
                                  @NotNull(message = "field.notification.quiet-hour") @Min(value = 0, message = "field.notification.quiet-hour")
                                  @Max(value = 23, message = "field.notification.quiet-hour") Integer quietFrom,
                                  @NotNull(message = "field.notification.quiet-hour") @Min(value = 0, message = "field.notification.quiet-hour")
                                  @Max(value = 23, message = "field.notification.quiet-hour") Integer quietUntil,
                                  List<String> on) {
    }

    public record ChannelCell(String value, String label, boolean on, boolean locked) {
    }

    public record KindRow(String kind, String label, List<ChannelCell> channels) {
    }

    public record SettingsView(String language, String email, int quietFrom, int quietUntil, boolean wechatBound,
                               List<KindRow> kinds) {
    }

    static final List<Channel> CHOSEN = List.of(Channel.IN_APP, Channel.EMAIL, Channel.SMS, Channel.WECHAT);

    @Inject
    People people;

    @Inject
    Caller caller;

    @Inject
    NotificationConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    RecipientKey me() {
        if (people.callerAccount().isPresent()) {
            return new RecipientKey(RecipientType.ACCOUNT, people.callerAccount().get());
        }
        return Recipients.settingsKey(RecipientType.OWNER_CARD, people.callerCard().orElseThrow(UnauthorizedException::new));
    }

    @Transactional
    public SettingsView view(String pageLanguage) {
        RecipientKey key = me();
        NotificationSetting s = NotificationSetting.findById(key);
        Set<String> off = Preferences.optOuts(key);
        List<KindRow> rows = new ArrayList<>();
        for (NotificationKind kind : kindsFor(key.recipientType)) {
            List<ChannelCell> cells = new ArrayList<>();
            for (Channel c : CHOSEN) {
                String value = kind.name() + "/" + c.name();
                cells.add(new ChannelCell(value, NotificationTexts.text("channel." + c.name(), pageLanguage),
                        !off.contains(value) || !kind.switchable(c), !kind.switchable(c)));
            }
            rows.add(new KindRow(kind.name(), NotificationTexts.text("label." + kind.name(), pageLanguage), cells));
        }
        return s == null
                ? new SettingsView("zh", "", config.quietFrom(), config.quietUntil(), false, rows)
                : new SettingsView(s.language, s.email == null ? "" : s.email, s.quietFrom, s.quietUntil,
                s.wechatOpenId != null, rows);
    }

    @Transactional
    public void save(@Valid @NotNull SettingsRequest r) {
        RecipientKey key = me();
        NotificationSetting s = settingsOf(key);
        s.language = r.language();
        s.email = r.email() == null || r.email().isBlank() ? null : r.email().strip();
        s.quietFrom = r.quietFrom();
        s.quietUntil = r.quietUntil();
        Set<String> on = r.on() == null ? Set.of() : new HashSet<>(r.on());
        Set<String> off = new HashSet<>();
        for (NotificationKind kind : kindsFor(key.recipientType)) {
            for (Channel c : CHOSEN) {
                String value = kind.name() + "/" + c.name();
                if (kind.switchable(c) && !on.contains(value)) {
                    off.add(value);
                }
            }
        }
        Preferences.replaceOptOuts(key, off);
        audit.record(caller.auditName(), "notification.settings", "notification_setting",
                key.recipientType + ":" + key.recipientId, "switched off " + off.size() + " channel(s)");
    }

    /** Binds the openid WeChat returned for the caller (see WechatBinding). */
    @Transactional
    public void bindWechat(String openId) {
        RecipientKey key = me();
        NotificationSetting s = settingsOf(key);
        s.wechatOpenId = openId;
        s.wechatBoundAt = clock.instant();
        audit.record(caller.auditName(), "notification.wechat-bound", "notification_setting",
                key.recipientType + ":" + key.recipientId, "WeChat openid bound");
    }

    @Transactional
    public void unbindWechat() {
        RecipientKey key = me();
        NotificationSetting s = settingsOf(key);
        s.wechatOpenId = null;
        s.wechatBoundAt = null;
        audit.record(caller.auditName(), "notification.wechat-unbound", "notification_setting",
                key.recipientType + ":" + key.recipientId, "WeChat openid removed");
    }

    private NotificationSetting settingsOf(RecipientKey key) {
        NotificationSetting s = NotificationSetting.findById(key);
        if (s == null) {
            s = new NotificationSetting();
            s.recipientType = key.recipientType;
            s.recipientId = key.recipientId;
            s.language = "zh";
            s.quietFrom = config.quietFrom();
            s.quietUntil = config.quietUntil();
            s.persist();
        }
        return s;
    }

    /**
     * The kinds a person can receive: an owner hears of assemblies and their card; an account of everything else
     * (staff also of the SMS cap). Account messages are not listed: they can't be switched off.
     */
    static List<NotificationKind> kindsFor(RecipientType type) {
        List<NotificationKind> kinds = new ArrayList<>();
        for (NotificationKind k : NotificationKind.values()) {
            boolean ownerKind = k.ownerCard() || k.name().startsWith("ASSEMBLY_");
            if (!k.account() && (type == RecipientType.ACCOUNT) != ownerKind) {
                kinds.add(k);
            }
        }
        return kinds;
    }
}
