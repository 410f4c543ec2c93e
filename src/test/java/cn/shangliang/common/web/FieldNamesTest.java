package cn.shangliang.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one naming rule of a wrong field ({@link DomainException.FieldError#name}), the same whether a service
 * checks its record ({@link RequestCheck}) or its method is {@code @Valid}: a record's own field by its name, a
 * nested record's field by its path (never colliding with the outer record's field of the same name), an element
 * of a list or map by its index or key, a constraint on the parameter itself by the parameter's name.
 */
class FieldNamesTest {

    record Link(@NotBlank(message = "field.required") String title, @Size(max = 3, message = "field.max-length") String url) {
    }

    record Request(@NotBlank(message = "field.required") String title,
                   @Valid Link decision,
                   List<@Valid @NotNull Link> links,
                   List<@NotNull Long> present,
                   Map<String, @NotNull Integer> seats) {
    }

    /** A service whose use case is {@code @Valid}. */
    static class Service {
        public void submit(@Valid @NotNull Request form) {
        }
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static Request request(String title, Link decision, List<Link> links, List<Long> present, Map<String, Integer> seats) {
        return new Request(title, decision, links, present, seats);
    }

    private static final Link GOOD = new Link("ok", "/a");

    static Stream<Arguments> cases() {
        ArrayList<Long> present = new ArrayList<>(Arrays.asList(1L, null));
        HashMap<String, Integer> seats = new HashMap<>();
        seats.put("EXPERT", null);
        ArrayList<Link> nullLink = new ArrayList<>(Arrays.asList(GOOD, null));
        return Stream.of(
                Arguments.of("a record's own field", request(" ", GOOD, List.of(), List.of(), Map.of()), Set.of("title")),
                Arguments.of("a nested record's field", request("ok", new Link(" ", "/a"), List.of(), List.of(), Map.of()),
                        Set.of("decision.title")),
                Arguments.of("the outer and the nested title apart", request(null, new Link(null, "/long"), List.of(), List.of(), Map.of()),
                        Set.of("title", "decision.title", "decision.url")),
                Arguments.of("a field of a list's record", request("ok", GOOD, List.of(GOOD, new Link("ok", "/long")), List.of(), Map.of()),
                        Set.of("links[1].url")),
                Arguments.of("a list's missing record", request("ok", GOOD, nullLink, List.of(), Map.of()), Set.of("links[1]")),
                Arguments.of("a list's element", request("ok", GOOD, List.of(), present, Map.of()), Set.of("present[1]")),
                Arguments.of("a map's value", request("ok", GOOD, List.of(), List.of(), seats), Set.of("seats[EXPERT]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aRecordCheckedByItsService(String what, Request request, Set<String> fields) {
        assertEquals(fields, names(VALIDATOR.validate(request)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aValidMethodNamesTheSameFields(String what, Request request, Set<String> fields) throws Exception {
        assertEquals(fields, names(VALIDATOR.forExecutables()
                .validateParameters(new Service(), submit(), new Object[] {request})));
    }

    @Test
    void aMissingParameterIsNamedByTheParameter() throws Exception {
        assertEquals(Set.of("form"), names(VALIDATOR.forExecutables()
                .validateParameters(new Service(), submit(), new Object[] {null})));
    }

    @Test
    void theBoundFillsTheArguments() {
        var error = DomainException.FieldError.of(VALIDATOR.validate(request("ok", new Link("ok", "/long"), List.of(), List.of(), Map.of()))
                .iterator().next());
        assertEquals(new DomainException.FieldError("decision.url", "field.max-length", List.of(3)), error);
    }

    private static Method submit() throws NoSuchMethodException {
        return Service.class.getMethod("submit", Request.class);
    }

    private static <T> Set<String> names(Set<ConstraintViolation<T>> violations) {
        Set<String> names = new TreeSet<>();
        violations.forEach(v -> names.add(DomainException.FieldError.name(v.getPropertyPath())));
        return names;
    }
}
