package org.kehu.sales.internal;

import java.util.List;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryEntry;
import org.kehu.dictionary.DictionaryType;
import org.springframework.stereotype.Component;

/** The stages of the pipeline in their order, and the default probability each keeps in the dictionary. */
@Component
public class Stages {

    private final Dictionary dictionary;

    Stages(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The stages a form and the kanban offer. */
    public List<DictionaryEntry> enabled() {
        return dictionary.enabledEntries(DictionaryType.OPPORTUNITY_STAGE);
    }

    public boolean isValid(String code) {
        return dictionary.isValid(DictionaryType.OPPORTUNITY_STAGE, code);
    }

    /** The stage's default probability (its dictionary {@code extra}), or null when it has none. */
    public Integer defaultProbability(String code) {
        return dictionary.entry(DictionaryType.OPPORTUNITY_STAGE, code).map(DictionaryEntry::extra)
                .map(Stages::percent).orElse(null);
    }

    /** The first enabled stage: where a new opportunity starts when none is given. */
    public String first() {
        return enabled().isEmpty() ? null : enabled().get(0).code();
    }

    private static Integer percent(String extra) {
        try {
            int p = Integer.parseInt(extra.strip().replace("%", ""));
            return p < 0 || p > 100 ? null : p;
        } catch (RuntimeException notANumber) {
            return null;
        }
    }
}
