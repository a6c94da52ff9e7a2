package org.kehu.catalog;

import java.util.Locale;

/** A product category with its Chinese and English names. */
public record CategoryInfo(long id, String code, String nameZh, String nameEn, int sortOrder, long version) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
