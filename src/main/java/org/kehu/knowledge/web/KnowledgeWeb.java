package org.kehu.knowledge.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.kehu.knowledge.KnowledgeBase;
import org.kehu.knowledge.KnowledgeCategory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the knowledge pages share: category names in the reader's language, tags typed as one text. */
@Component("knowledgeLabels")
public class KnowledgeWeb {

    private final KnowledgeBase knowledge;

    KnowledgeWeb(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The category's name in the page's language (the code for an unknown one). */
    public String category(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return names(locale).getOrDefault(code, code);
    }

    Map<String, String> names(Locale locale) {
        return knowledge.categories().stream().collect(Collectors.toMap(KnowledgeCategory::code, c -> c.name(locale)));
    }

    static List<String> splitTags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split("[,，;；、]"));
    }
}
