package org.kehu.dictionary.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/** What the dictionary's pages share: putting service-side field problems beside their fields. */
final class Pages {

    private Pages() {
    }

    static void reject(BindingResult binding, Map<String, String> fieldErrors) {
        fieldErrors.forEach((field, key) -> binding.rejectValue(field, key, key));
    }

    static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
