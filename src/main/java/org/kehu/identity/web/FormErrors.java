package org.kehu.identity.web;

import org.kehu.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts the problems the services find beside the form fields, like Bean Validation's. */
final class FormErrors {

    private FormErrors() {
    }

    static void addTo(BindingResult result, InvalidInputException e) {
        e.fieldErrors().forEach((field, key) -> result.rejectValue(field, key, key));
    }
}
