package org.kehu.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts of the message bundles in the current request's language, for what controllers put into flash
 * attributes or models as ready text (the layout shows the flash attribute {@code flash} as it is).
 */
@Component
public class Messages {

    private final MessageSource messages;

    Messages(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code key} with its arguments; the key itself when no bundle has it. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Field name to message key, turned into field name to text, in the same order. */
    public Map<String, String> texts(Map<String, String> keysByField) {
        Map<String, String> texts = new LinkedHashMap<>();
        keysByField.forEach((field, key) -> texts.put(field, text(key)));
        return texts;
    }
}
