package org.kehu.dictionary;

import java.util.Locale;

/** A province (level 1) or city (level 2) with its GB/T 2260 code. */
public record Region(String code, String parentCode, int level, String nameZh, String nameEn, int sortOrder,
        boolean enabled) {

    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
