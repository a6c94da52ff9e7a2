package org.kehu.dictionary;

import java.util.Locale;

/** One entry of the dictionary. */
public record DictionaryEntry(DictionaryType type, String code, String labelZh, String labelEn, int sortOrder,
        boolean enabled) {

    public String label(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? labelZh : labelEn;
    }
}
