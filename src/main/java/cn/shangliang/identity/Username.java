package cn.shangliang.identity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A username as an account, the first-run setup and a sign-up take it: given, at most 60 characters, 3–60
 * letters, digits, dots, dashes or underscores starting with a letter or digit. Each broken part is its own error
 * (errors-bundle codes), as when the services checked it by hand. Whether it is taken is the services' rule.
 */
@NotBlank(message = "field-required")
@Size(max = 60, message = "field-too-long")
@Pattern(regexp = Username.PATTERN, message = "username-format")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Username {

    String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{2,59}";

    String message() default "username-format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
