package cn.shangliang.common.web;

import cn.shangliang.common.i18n.ErrorTexts;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * A field named {@code choices[12]} is the entry 12 of the map component {@code choices} (one field a
     * candidate, a project, …), so such forms bind into the same record the JSON API takes.
     */
    private static final Pattern MAP_ENTRY = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\[([^\\]]+)]");

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
        Map<String, String> pageNames = pageNames(type);
        T request = bind(form, type, pageNames, errors);
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
            String field = pageNames.getOrDefault(f.field(), f.field());
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
    private <T> T bind(MultivaluedMap<String, String> form, Class<T> type, Map<String, String> pageNames,
                       Map<String, String> errors) {
        Map<String, String> components = new LinkedHashMap<>();
        pageNames.forEach((component, page) -> components.put(page, component));
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!name.equals(CSRF_FIELD)) {
                List<String> given = list.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
                Object value = given.isEmpty() ? null : given.size() == 1 ? given.get(0) : given;
                Matcher entry = MAP_ENTRY.matcher(name);
                if (entry.matches()) {
                    if (value != null) {
                        entries(values, entry.group(1)).put(entry.group(2), value);
                    }
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
                errors.put(pageNames.getOrDefault(field, field), text(code(cause)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entries(Map<String, Object> values, String component) {
        return (Map<String, Object>) values.computeIfAbsent(component, c -> new LinkedHashMap<String, Object>());
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

    /** Record components typed in yuan on pages ({@link TypedInYuan}), by component name → the page's field name. */
    private static Map<String, String> pageNames(Class<?> type) {
        Map<String, String> names = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                TypedInYuan yuan = c.getAnnotation(TypedInYuan.class);
                if (yuan != null) {
                    names.put(c.getName(), yuan.value());
                }
            }
        }
        return names;
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

    static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
