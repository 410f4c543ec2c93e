package cn.shangliang.identity;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.ErrorMappers;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
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
 * The forms before and around a login (logging in, first-run setup, activation, sign-up, a new password) on
 * {@link FormPipeline}: what was typed comes back, never a password or a one-time secret. Their refusals that
 * are not about a field (a wrong password 401, too many attempts 429, a wrong setup token 403) show the same form
 * again with that status, since the visitor can only try again there.
 */
final class SecretFields {

    private static final Set<String> SECRET = Set.of("password", "confirm", "current", "token");

    private SecretFields() {
    }

    static <T> Response submit(FormPipeline forms, MultivaluedMap<String, String> form, Class<T> type,
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
     * A password as typed, spaces around it included: the pipeline trims what it binds, and a password is
     * whatever the person chose.
     */
    static String verbatim(MultivaluedMap<String, String> form, String field) {
        return form.getFirst(field);
    }

    /** The form without its secrets. */
    static FormState shown(FormState state) {
        return new FormState(state.values().entrySet().stream().filter(e -> !SECRET.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), state.errors(), state.general());
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        return form.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0), (a, b) -> a));
    }
}
