package cn.shangliang.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation of a request record at the point the use case chooses, for services that first check who
 * asks and the state of the thing: a stranger is told 403 and a closed vote 409, not what their form lacks
 * (a method-level {@code @Valid} would answer 400 before either). Every broken field is named at once.
 */
@ApplicationScoped
public class RequestValidation {

    @Inject
    Validator validator;

    /** {@code request} when it is valid; else a 400 naming each broken field ("missing-body" for none). */
    public <T> T check(T request) {
        if (request == null) {
            throw DomainException.badInput("missing-body");
        }
        List<DomainException.FieldError> wrong = validator.validate(request).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(DomainException.FieldError::of).toList();
        if (!wrong.isEmpty()) {
            throw DomainException.invalid(wrong);
        }
        return request;
    }
}
