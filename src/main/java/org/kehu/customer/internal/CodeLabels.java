package org.kehu.customer.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryEntry;
import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.Region;

/**
 * Labels of dictionary codes and region names in one language, each type read once: for a list page
 * or an export, not one query per row.
 */
public final class CodeLabels {

    private final Dictionary dictionary;
    private final Locale locale;
    private final Map<DictionaryType, Map<String, String>> entries = new EnumMap<>(DictionaryType.class);
    private Map<String, String> regions;

    public CodeLabels(Dictionary dictionary, Locale locale) {
        this.dictionary = dictionary;
        this.locale = locale;
    }

    /** The label of {@code code} in the dictionary type named {@code type}; the code itself when unknown. */
    public String label(String type, String code) {
        return label(DictionaryType.valueOf(type), code);
    }

    public String label(DictionaryType type, String code) {
        if (code == null) {
            return "";
        }
        return entries.computeIfAbsent(type, t -> dictionary.entries(t).stream()
                .collect(Collectors.toMap(DictionaryEntry::code, e -> e.label(locale), (a, b) -> a)))
                .getOrDefault(code, code);
    }

    public String region(String code) {
        if (code == null) {
            return "";
        }
        if (regions == null) {
            regions = new HashMap<>();
            for (Region p : dictionary.provinces()) {
                regions.put(p.code(), p.name(locale));
            }
        }
        // Cities are read one at a time as they appear, in this object's language (not the thread's).
        return regions.computeIfAbsent(code, c -> dictionary.region(c).map(r -> r.name(locale)).orElse(c));
    }
}
