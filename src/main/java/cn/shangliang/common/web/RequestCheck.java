package cn.shangliang.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Set;

/**
 * Bean Validation of a request record, run by a service where it chooses: after its access check, so a caller
 * who may not act at all hears 403 or 404 rather than which fields are wrong (a {@code @Valid} parameter would
 * be checked before). The violations reach pages ({@link FormPipeline}) and the API ({@code ErrorMappers}) the
 * same way as those of {@code @Valid}.
 */
@ApplicationScoped
public class RequestCheck {

    @Inject
    Validator validator;

    /** {@code request} when it keeps its constraints; 400 otherwise (a missing body included). */
    public <T> T valid(T request) {
        if (request == null) {
            throw DomainException.badInput("missing-body");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /** Refuses with the field errors of the rules a service checks itself (against the database), if any. */
    public static void throwIfAny(List<DomainException.FieldError> wrong) {
        if (!wrong.isEmpty()) {
            throw DomainException.invalid(wrong);
        }
    }
}
