package org.kehu.dictionary;

import java.util.Locale;

/**
 * One entry of the dictionary. {@code extra} is a free value some types give meaning to (the default
 * success probability in % of an opportunity stage); null for most entries.
 */
public record DictionaryEntry(DictionaryType type, String code, String labelZh, String labelEn, int sortOrder,
        boolean enabled, String extra) {

    public DictionaryEntry(DictionaryType type, String code, String labelZh, String labelEn, int sortOrder,
            boolean enabled) {
        this(type, code, labelZh, labelEn, sortOrder, enabled, null);
    }

    public String label(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? labelZh : labelEn;
    }
}
