package org.kehu.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An e-mail address by the rule of {@link EmailAddress}; blank passes (add {@code @NotBlank} where one
 * is required). Use it instead of {@code jakarta.validation.constraints.Email}, which accepts
 * {@code a@b} and any length.
 */
@Documented
@Constraint(validatedBy = Email.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Email {

    String message() default "{shared.validation.email}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The message key of a refusal, for checks that collect keys rather than messages. */
    String MESSAGE_KEY = "shared.validation.email";

    /** Checks a field against the one e-mail rule. */
    final class Validator implements ConstraintValidator<Email, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.toString().isBlank() || EmailAddress.isValid(value.toString());
        }
    }
}
