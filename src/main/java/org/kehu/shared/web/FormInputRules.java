package org.kehu.shared.web;

import java.beans.PropertyEditorSupport;

import org.kehu.shared.InputLimits;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text of every form field, query parameter and path variable, without control characters: a refused
 * value is a type mismatch of its field (message {@code typeMismatch.java.lang.String}), shown beside the
 * field on forms and named by the API. JSON bodies follow the same rule through {@link JsonInputRules}.
 */
@ControllerAdvice
class FormInputRules {

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new ControlFreeText());
    }

    private static final class ControlFreeText extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (InputLimits.hasControlCharacter(text)) {
                throw new RefusedParameter(JsonInputRules.CONTROL_CHARACTER);
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
