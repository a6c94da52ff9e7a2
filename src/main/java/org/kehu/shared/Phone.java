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
 * A telephone number by the rule of {@link PhoneNumber}; blank passes (add {@code @NotBlank} where one
 * is required). {@code mobile = true} accepts only mobile numbers.
 */
@Documented
@Constraint(validatedBy = Phone.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Phone {

    boolean mobile() default false;

    String message() default "{shared.validation.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The message key of a refusal, for checks that collect keys rather than messages. */
    String MESSAGE_KEY = "shared.validation.phone";
    String MOBILE_MESSAGE_KEY = "shared.validation.mobile";

    /** Checks a field against the one phone rule. */
    final class Validator implements ConstraintValidator<Phone, CharSequence> {

        private boolean mobile;

        @Override
        public void initialize(Phone annotation) {
            mobile = annotation.mobile();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            boolean valid = mobile ? PhoneNumber.isMobile(value.toString()) : PhoneNumber.isValid(value.toString());
            if (!valid && mobile && context != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + MOBILE_MESSAGE_KEY + "}").addConstraintViolation();
            }
            return valid;
        }
    }
}
