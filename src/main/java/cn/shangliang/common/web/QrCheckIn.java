package cn.shangliang.common.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The page a member lands on after scanning a check-in QR code (meetings, hearings): one button, so the check-in
 * is a POST with the CSRF token and works without JavaScript; the signed token rides along in a hidden field.
 */
public final class QrCheckIn {

    private QrCheckIn() {
    }

    /** What the page posts: the signed token of the QR code ({@code t}); whether it is still good is the service's rule. */
    public record Token(@NotBlank(message = "field.check-in.token") String t) {
    }

    @CheckedTemplate(basePath = "common")
    static class Templates {
        static native TemplateInstance qrCheckIn(String title, String action, FormState form);
    }

    public static TemplateInstance page(String title, String action, String token) {
        return Templates.qrCheckIn(title, action, FormState.of(token == null ? Map.of() : Map.of("t", token)));
    }

    /**
     * The check-in posted from the page at {@code action}: {@code checkIn} runs and the visitor goes on to
     * {@code next} (303); a missing, expired or forged token (400) shows the page again with the error, in the
     * visitor's language, so they know to scan the code again.
     */
    public static Response submit(FormPipeline forms, MultivaluedMap<String, String> form, String action,
                                  Supplier<String> title, Consumer<Token> checkIn, String next) {
        return forms.submit(form, Token.class, token -> {
            checkIn.accept(token);
            return Response.seeOther(URI.create(next)).build();
        }, state -> Templates.qrCheckIn(title.get(), action, state));
    }
}
