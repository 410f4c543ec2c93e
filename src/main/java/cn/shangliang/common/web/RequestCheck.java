package cn.shangliang.common.web;

import cn.shangliang.common.web.DomainException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Bean Validation of a request record, run by a service where it chooses: after its access check, so a caller
 * who may not act at all hears 403 or 404 rather than which fields are wrong (a {@code @Valid} parameter is
 * checked before the method runs). The rules a service checks against the database join the constraints, so
 * the visitor hears of every wrong field at once; pages ({@link FormPipeline}) show each beside its field.
 */
@ApplicationScoped
public class RequestCheck {

    @Inject
    Validator validator;

    /** {@code request} when it keeps its constraints; 400 otherwise (a missing body included). */
    public <T> T valid(T request) {
        return valid(request, r -> List.of());
    }

    /**
     * {@code request} when it keeps its constraints (of the {@code groups}, or the default ones) and
     * {@code rules} find nothing wrong with it; else 400 naming every wrong field.
     */
    public <T> T valid(T request, Function<T, List<FieldError>> rules, Class<?>... groups) {
        if (request == null) {
            throw DomainException.badInput("missing-body");
        }
        List<FieldError> wrong = new ArrayList<>();
        validator.validate(request, groups.length == 0 ? new Class<?>[] {Default.class} : groups).stream()
                .map(FieldError::of).sorted(Comparator.comparing(FieldError::field)).forEach(wrong::add);
        wrong.addAll(rules.apply(request));
        if (!wrong.isEmpty()) {
            throw DomainException.invalid(wrong);
        }
        return request;
    }
}
