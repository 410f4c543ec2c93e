package cn.shangliang.notification.channel;

import cn.shangliang.notification.Channel;
import cn.shangliang.notification.ChannelSender;
import cn.shangliang.notification.NotificationConfig;
import cn.shangliang.notification.Outgoing;
import cn.shangliang.notification.SendResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * WeChat Official Account template messages to people who bound their openid (settings page, web authorization).
 * Each kind needs a template id ({@code shangliang.notification.wechat.templates.<KIND>}).
 */
@ApplicationScoped
public class WechatSender implements ChannelSender {

    @Inject
    NotificationConfig config;

    @Inject
    Clock clock;

    private volatile WechatClient client;

    @Override
    public Channel channel() {
        return Channel.WECHAT;
    }

    @Override
    public SendResult send(Outgoing m) throws Exception {
        NotificationConfig.Wechat wechat = config.wechat();
        if (wechat.appId().isEmpty() || wechat.appSecret().isEmpty()) {
            return SendResult.skip("skipped.not-configured");
        }
        if (m.contact().wechatOpenId() == null) {
            return SendResult.skip("skipped.no-openid");
        }
        String template = wechat.templates().get(m.kind().name());
        if (template == null) {
            return SendResult.skip("skipped.no-template");
        }
        return client().sendTemplate(WechatClient.templateBody(m.contact().wechatOpenId(), template, m.link(),
                WechatClient.data(m.title(), m.args(), m.body()), m.idempotencyKey()));
    }

    WechatClient client() {
        if (client == null) {
            client = new WechatClient(config.wechat().apiBase(), config.wechat().appId().get(),
                    config.wechat().appSecret().get(), clock);
        }
        return client;
    }
}
