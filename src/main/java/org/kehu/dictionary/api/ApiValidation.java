package org.kehu.dictionary.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Validates a request body after the path has filled in what the body need not repeat (the code on
 * update), and answers 400 naming the fields.
 */
@Component
class ApiValidation {

    private final SmartValidator validator;
    private final MessageSource messages;

    ApiValidation(SmartValidator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    void check(Object body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Request body required");
        }
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(body, "body");
        validator.validate(body, result);
        if (result.hasErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError e : result.getFieldErrors()) {
                errors.putIfAbsent(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale()));
            }
            throw new InvalidInputException(errors);
        }
    }
}
