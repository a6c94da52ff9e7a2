package org.kehu.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    /**
     * Runs an action a business rule may refuse (deleting a role users hold, ...). Done: the flash attribute
     * {@code flash} says {@code doneKey}. Refused: the rule's message goes into the flash attribute
     * {@code refusedAttribute}, which the page shows beside the record. Answers whether it was done.
     */
    public boolean flashOutcome(RedirectAttributes redirect, Runnable action, String doneKey, String refusedAttribute) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", text(doneKey));
            return true;
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute(refusedAttribute, text(e.messageKey(), e.args()));
            return false;
        }
    }
}
