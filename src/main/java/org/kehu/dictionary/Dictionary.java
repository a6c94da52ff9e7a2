package org.kehu.dictionary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the data dictionary and the regions: what forms offer, what lists show, what input is checked against. */
@Service
public class Dictionary {

    private final JdbcClient jdbc;

    Dictionary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled entries of a type, in their order: what a form offers. */
    public List<DictionaryEntry> enabledEntries(DictionaryType type) {
        return entries(type).stream().filter(DictionaryEntry::enabled).toList();
    }

    /** All entries of a type, disabled ones too: what a filter or an old record may show. */
    public List<DictionaryEntry> entries(DictionaryType type) {
        return jdbc.sql("""
                select type, code, label_zh, label_en, sort_order, enabled from dict_entry
                 where type = :type order by sort_order, code""").param("type", type.name())
                .query(DictionaryEntry.class).list();
    }

    public Optional<DictionaryEntry> entry(DictionaryType type, String code) {
        return jdbc.sql("""
                select type, code, label_zh, label_en, sort_order, enabled from dict_entry
                 where type = :type and code = :code""").param("type", type.name()).param("code", code)
                .query(DictionaryEntry.class).optional();
    }

    /** Whether the code is an enabled entry of the type: the check for new input. */
    public boolean isValid(DictionaryType type, String code) {
        return entry(type, code).map(DictionaryEntry::enabled).orElse(false);
    }

    /** The label in the current locale, or the code itself when the entry is unknown. */
    public String label(DictionaryType type, String code) {
        if (code == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return entry(type, code).map(e -> e.label(locale)).orElse(code);
    }

    public List<Region> provinces() {
        return jdbc.sql("select code, parent_code, level, name_zh, name_en, sort_order, enabled from region where level = 1 order by sort_order, code")
                .query(Region.class).list();
    }

    public List<Region> cities(String provinceCode) {
        return jdbc.sql("select code, parent_code, level, name_zh, name_en, sort_order, enabled from region where parent_code = :p order by sort_order, code")
                .param("p", provinceCode).query(Region.class).list();
    }

    public Optional<Region> region(String code) {
        return jdbc.sql("select code, parent_code, level, name_zh, name_en, sort_order, enabled from region where code = :c")
                .param("c", code).query(Region.class).optional();
    }

    /** The region's name in the current locale, or the code itself when unknown. */
    public String regionName(String code) {
        if (code == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return region(code).map(r -> r.name(locale)).orElse(code);
    }

    /** Whether the city belongs to the province (both enabled). */
    public boolean isCityOf(String cityCode, String provinceCode) {
        return region(cityCode).filter(r -> r.enabled() && provinceCode.equals(r.parentCode())).isPresent();
    }
}
