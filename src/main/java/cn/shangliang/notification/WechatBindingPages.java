package cn.shangliang.notification;

import cn.shangliang.common.config.SiteConfig;
import cn.shangliang.common.security.CookieConfig;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.notification.channel.WechatClient;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Binding a person's WeChat openid (the documented web authorization flow, scope {@code snsapi_base}): the settings
 * page sends the logged-in person to WeChat's authorize page with a random state kept in a short-lived cookie;
 * WeChat sends them back here with a code and the state; the state must match the cookie (so nobody can bind
 * their openid to someone else's account), and the code is exchanged for the openid, which is stored.
 */
@Path("/notifications/wechat")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class WechatBindingPages {

    static final String STATE_COOKIE = "sl_wx_state";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    NotificationConfig config;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    @Inject
    CookieConfig cookies;

    @Inject
    SiteConfig site;

    static boolean configured(NotificationConfig config) {
        return config.wechat().appId().isPresent() && config.wechat().appSecret().isPresent();
    }

    @GET
    @Path("bind")
    public Response bind() {
        requireConfigured();
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        String state = HexFormat.of().formatHex(raw);
        String callback = site.url("/notifications/wechat/callback");
        URI authorize = URI.create(config.wechat().oauthBase() + "/connect/oauth2/authorize?appid="
                + enc(config.wechat().appId().get()) + "&redirect_uri=" + enc(callback)
                + "&response_type=code&scope=snsapi_base&state=" + state + "#wechat_redirect");
        return Response.seeOther(authorize).cookie(cookie(state, 600)).build();
    }

    @GET
    @Path("callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @CookieParam(STATE_COOKIE) String expected) throws Exception {
        requireConfigured();
        if (code == null || state == null || expected == null
                || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw DomainException.badInput("notification.wechat.state");
        }
        WechatClient client = new WechatClient(config.wechat().apiBase(), config.wechat().appId().get(),
                config.wechat().appSecret().get(), clock);
        Optional<String> openId = client.openIdForCode(code);
        if (openId.isEmpty()) {
            throw DomainException.badInput("notification.wechat.code");
        }
        settings.bindWechat(openId.get());
        return Response.seeOther(URI.create("/notifications/settings")).cookie(cookie("", 0)).build();
    }

    @POST
    @Path("unbind")
    public Response unbind() {
        settings.unbindWechat();
        return Response.seeOther(URI.create("/notifications/settings")).build();
    }

    private void requireConfigured() {
        if (!configured(config)) {
            throw DomainException.notFound("not-found.wechat");
        }
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(STATE_COOKIE).value(value).path("/notifications/wechat").maxAge(maxAge)
                .httpOnly(true).secure(cookies.secure()).sameSite(NewCookie.SameSite.LAX).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
