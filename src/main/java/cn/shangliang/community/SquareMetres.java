package cn.shangliang.community;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An area as the roster keeps it: given, above 0 and below 9,999,999 m², with at most two decimals. One error
 * ({@code field.area}, the words {@link AreaText} uses for text that is no number) whichever part is broken.
 */
@NotNull
@Positive
@Digits(integer = 7, fraction = 2)
@DecimalMax(value = "9999999", inclusive = false)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface SquareMetres {

    String message() default "field.area";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
