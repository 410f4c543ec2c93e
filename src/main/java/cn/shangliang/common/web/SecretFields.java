package cn.shangliang.common.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Forms that carry a secret (logging in with an account or an owner's card, first-run setup, activation, sign-up,
 * a new password or card PIN) on {@link FormPipeline}: what was typed comes back, never a password, a PIN or a
 * one-time secret, so a page sent back (and whatever caches or shows it) holds none.
 */
public final class SecretFields {

    /**
     * The fields that hold a secret on the site's forms: an account's password, its confirmation and the current
     * one, a one-time setup token, and an owner's card PIN (login, current, new and its confirmation). A field
     * named so is never sent back, whatever the form.
     */
    private static final Set<String> SECRET = Set.of("password", "confirm", "current", "token",
            "pin", "currentPin", "newPin", "confirmPin");

    private SecretFields() {
    }

    /**
     * {@link FormPipeline#submit} for a form before or around a login: its refusals that are not about a field (a
     * wrong password 401, too many attempts 429 with {@code Retry-After}, a wrong setup token or a locked card 403)
     * show the same form again with that status, since the visitor can only try again there.
     */
    public static <T> Response submit(FormPipeline forms, MultivaluedMap<String, String> form, Class<T> type,
                               Function<T, Response> action, Function<FormState, TemplateInstance> page,
                               String language) {
        try {
            return forms.submit(form, type, action, state -> page.apply(shown(state)));
        } catch (DomainException e) {
            FormState state = new FormState(typed(form), Map.of(), List.of(e.detail(language)));
            return ErrorMappers.retryAfter(Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page.apply(shown(state))), e).build();
        }
    }

    /**
     * A password or PIN as typed, spaces around it included: the pipeline trims what it binds, and a password is
     * whatever the person chose (a PIN with a space is wrong, and counted so, as before the pipeline).
     */
    public static String verbatim(MultivaluedMap<String, String> form, String field) {
        return form.getFirst(field);
    }

    /** The form without its secrets. */
    public static FormState shown(FormState state) {
        return new FormState(state.values().entrySet().stream().filter(e -> !SECRET.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), state.errors(), state.general());
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        return form.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0), (a, b) -> a));
    }
}
