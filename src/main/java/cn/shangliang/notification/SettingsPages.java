package cn.shangliang.notification;

import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The notification settings page of whoever is logged in (account or owner's card). */
@Path("/notifications/settings")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SettingsPages {

    @CheckedTemplate(basePath = "notification")
    static class Templates {
        static native TemplateInstance settings(SettingsService.SettingsView settings, FormState form,
                                                boolean wechatConfigured);
    }

    @Inject
    SettingsService settings;

    @Inject
    FormPipeline forms;

    @Inject
    Ui ui;

    @Inject
    NotificationConfig config;

    @GET
    public TemplateInstance show() {
        SettingsService.SettingsView view = settings.view(ui.lang());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("language", view.language());
        values.put("email", view.email());
        values.put("quietFrom", String.valueOf(view.quietFrom()));
        values.put("quietUntil", String.valueOf(view.quietUntil()));
        values.put("on", view.kinds().stream().flatMap(k -> k.channels().stream()).filter(SettingsService.ChannelCell::on)
                .map(SettingsService.ChannelCell::value).collect(Collectors.joining("\n")));
        return page(view, FormState.of(values));
    }

    @POST
    public Response save(MultivaluedMap<String, String> form) {
        return forms.submit(form, SettingsService.SettingsRequest.class, r -> {
            settings.save(r);
            return Response.seeOther(URI.create("/notifications/settings")).build();
        }, state -> page(settings.view(ui.lang()), state));
    }

    private TemplateInstance page(SettingsService.SettingsView view, FormState form) {
        return Templates.settings(view, form, WechatBindingPages.configured(config));
    }
}
