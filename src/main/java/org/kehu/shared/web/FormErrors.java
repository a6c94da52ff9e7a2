package org.kehu.shared.web;

import java.util.Map;

import org.kehu.shared.InvalidInputException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts the problems the services find beside the form fields, like Bean Validation's; a problem with a
 * field the form does not have becomes a message for the whole form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void addTo(BindingResult binding, InvalidInputException e) {
        addTo(binding, e.fieldErrors());
    }

    /** {@code keysByField}: field name to message key. */
    public static void addTo(BindingResult binding, Map<String, String> keysByField) {
        keysByField.forEach((field, key) -> {
            if (hasField(binding, field)) {
                binding.rejectValue(field, key, key);
            } else {
                binding.reject(key, key);
            }
        });
    }

    private static boolean hasField(BindingResult binding, String field) {
        try {
            return binding.getFieldType(field) != null
                    || binding.getTarget() != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
