package cn.shangliang.common.web;

import cn.shangliang.common.i18n.ErrorTexts;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one form pipeline of the pages. A page POST binds what was typed into the same request record the JSON
 * API takes (Jackson, so the same converters apply: numbers, choices, dates, {@link BeijingDateTime},
 * {@link YuanToFen}); the service validates the record with Bean Validation and its rules. Whatever the visitor
 * got wrong comes back as the form again, status 400, with the typed values and each error by its field; a
 * refusal of another kind (403, 404, 409) goes to the error page as before. Nothing is written on a refusal:
 * binding fails before the service is called, and the service's transaction rolls back on its own refusals.
 */
@ApplicationScoped
public class FormPipeline {

    /** The field quarkus-rest-csrf adds to every form; never a value of the use case. */
    private static final String CSRF_FIELD = "csrf-token";

    private final ObjectMapper binder;
    private final Ui ui;

    @Inject
    public FormPipeline(ObjectMapper json, Ui ui) {
        this.binder = json.copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
        this.ui = ui;
    }

    /**
     * Binds {@code form} into a {@code type} and runs {@code action} on it (which should redirect, 303); on bad
     * input answers 400 with {@code redisplay} rendered for the form as typed.
     */
    public <T> Response submit(MultivaluedMap<String, String> form, Class<T> type, Function<T, Response> action,
                               Function<FormState, TemplateInstance> redisplay) {
        Map<String, String> typed = typed(form);
        Map<String, String> errors = new LinkedHashMap<>();
        Shape shape = shape(type);
        T request = bind(form, type, shape, errors);
        if (!errors.isEmpty()) {
            return refused(new FormState(typed, errors, List.of()), redisplay);
        }
        List<DomainException.FieldError> wrong = new ArrayList<>();
        List<String> general = new ArrayList<>();
        try {
            return action.apply(request);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> wrong.add(DomainException.FieldError.of(v)));
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            wrong.addAll(e.fieldErrors());
            if (e.fieldErrors().isEmpty()) {
                general.add(e.detail(ui.lang()));
            }
        }
        for (DomainException.FieldError f : wrong) {
            String field = shape.pageField(f.field());
            if (typed.containsKey(field)) {
                errors.putIfAbsent(field, f.text(ui.lang()));
            } else {
                general.add(f.text(ui.lang()));
            }
        }
        return refused(new FormState(typed, errors, general), redisplay);
    }

    /**
     * A form of a page that has several ({@link PageForms}): {@code use} runs on the bound request and the
     * visitor goes back to {@code page} (303); a refused form comes back on that page as typed, the others fresh.
     */
    public <T> Response submit(String page, String name, MultivaluedMap<String, String> form, Class<T> type,
                               Consumer<T> use, Function<PageForms, TemplateInstance> render) {
        return submit(form, type, request -> {
            use.accept(request);
            return Response.seeOther(URI.create(page)).build();
        }, state -> render.apply(new PageForms(name, state)));
    }

    /** A field error's text in the visitor's language: a code of the errors bundle, or a text as it is. */
    public String text(String codeOrText) {
        String pattern = ErrorTexts.pattern(codeOrText, ui.lang());
        return pattern != null ? pattern : codeOrText;
    }

    private static Response refused(FormState state, Function<FormState, TemplateInstance> redisplay) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(redisplay.apply(state)).build();
    }

    /**
     * Binds field by field in effect: a value that does not convert is reported and left out, and binding is
     * tried again, so every malformed field is named at once, not only the first.
     */
    private <T> T bind(MultivaluedMap<String, String> form, Class<T> type, Shape shape, Map<String, String> errors) {
        Map<String, String> components = new LinkedHashMap<>();
        shape.yuan().forEach((component, page) -> components.put(page, component));
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            // a map named by data is made of its prefixed fields only, never of a field named like itself
            if (!name.equals(CSRF_FIELD) && !shape.prefixes().containsKey(name)) {
                List<String> given = list.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
                Object value = given.isEmpty() ? null : given.size() == 1 ? given.get(0) : given;
                Map.Entry<String, String> prefixed = shape.prefixOf(name);
                if (prefixed != null) {
                    String key = name.substring(prefixed.getValue().length());
                    entry(values, prefixed.getKey(), key, value, shape, errors, name);
                } else if (components.containsKey(name) && value != null) {
                    Long fen = value instanceof String yuan ? YuanToFen.fen(yuan) : null;
                    if (fen == null) {
                        errors.put(name, text("form.yuan"));
                    }
                    values.put(components.get(name), fen);
                } else {
                    values.put(components.getOrDefault(name, name), value);
                }
            }
        });
        while (true) {
            try {
                return binder.convertValue(values, type);
            } catch (IllegalArgumentException e) {
                if (!(e.getCause() instanceof JsonMappingException cause) || cause.getPath().isEmpty()) {
                    throw e;
                }
                String field = cause.getPath().get(0).getFieldName();
                if (field == null || values.remove(field) == null) {
                    throw e;
                }
                errors.put(shape.yuan().getOrDefault(field, field), text(code(cause)));
            }
        }
    }

    /**
     * One field named by data ({@link FieldPrefix}): its key and value are converted on their own, so a wrong one
     * is named by its field; an entry that converts joins the map under {@code component} (blank stays null).
     */
    @SuppressWarnings("unchecked")
    private void entry(Map<String, Object> values, String component, String key, Object value, Shape shape,
                       Map<String, String> errors, String field) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(key, value);
        try {
            binder.convertValue(entry, shape.maps().get(component));
        } catch (IllegalArgumentException e) {
            errors.put(field, text(e.getCause() instanceof JsonMappingException cause ? code(cause) : "form.invalid"));
            return;
        }
        Map<String, Object> map = (Map<String, Object>) values.computeIfAbsent(component, c -> new LinkedHashMap<>());
        map.put(key, value);
    }

    private static String code(JsonMappingException e) {
        if (e instanceof YuanToFen.Malformed) {
            return "form.yuan";
        }
        if (e instanceof MalformedValue m) {
            return m.code();
        }
        if (!(e instanceof InvalidFormatException f) || f.getTargetType() == null) {
            return "form.invalid";
        }
        Class<?> target = f.getTargetType();
        if (target.isEnum()) {
            return "form.choice";
        }
        if (target == LocalDate.class) {
            return "form.date";
        }
        if (target == LocalTime.class) {
            return "form.time";
        }
        if (target == Instant.class || target == LocalDateTime.class) {
            return "form.datetime";
        }
        return Number.class.isAssignableFrom(target) || target.isPrimitive() ? "form.number" : "form.invalid";
    }

    /**
     * How a record's components meet the page's fields: typed in yuan ({@link TypedInYuan}: component → field),
     * or one field per entry ({@link FieldPrefix}: component → prefix, with the map's type to convert an entry).
     */
    private record Shape(Map<String, String> yuan, Map<String, String> prefixes, Map<String, JavaType> maps) {

        /** The page's field of the prefixed component whose name starts {@code name}, as component → prefix. */
        Map.Entry<String, String> prefixOf(String name) {
            return prefixes.entrySet().stream()
                    .filter(p -> name.startsWith(p.getValue()) && name.length() > p.getValue().length())
                    .findFirst().orElse(null);
        }

        /**
         * The page's field an error of {@code field} goes beside: budgetFen → budget, votes[12] → vote_12, and a
         * nested record's field by its path with {@code _} (decision.title → decision_title).
         */
        String pageField(String field) {
            int bracket = field.indexOf('[');
            if (bracket > 0 && field.endsWith("]") && prefixes.containsKey(field.substring(0, bracket))) {
                return prefixes.get(field.substring(0, bracket)) + field.substring(bracket + 1, field.length() - 1);
            }
            return yuan.getOrDefault(field, field.replace('.', '_'));
        }
    }

    private Shape shape(Class<?> type) {
        Map<String, String> yuan = new LinkedHashMap<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        Map<String, JavaType> maps = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                TypedInYuan inYuan = c.getAnnotation(TypedInYuan.class);
                if (inYuan != null) {
                    yuan.put(c.getName(), inYuan.value());
                }
                FieldPrefix prefix = c.getAnnotation(FieldPrefix.class);
                if (prefix != null) {
                    prefixes.put(c.getName(), prefix.value());
                    maps.put(c.getName(), binder.getTypeFactory().constructType(c.getGenericType()));
                }
            }
        }
        return new Shape(yuan, prefixes, maps);
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!name.equals(CSRF_FIELD)) {
                typed.put(name, String.join("\n", list));
            }
        });
        return typed;
    }
}
