package org.kehu.knowledge;

import java.util.Locale;

/** A category of articles with its Chinese and English names. */
public record KnowledgeCategory(String code, String nameZh, String nameEn) {

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
