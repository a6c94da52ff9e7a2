package org.kehu.dictionary.internal;

import java.util.List;

import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks every module's {@link DictionaryUsage} whether an entry or a region is in use. */
@Component
class DictionaryUsages {

    private final ObjectProvider<DictionaryUsage> usages;

    DictionaryUsages(ObjectProvider<DictionaryUsage> usages) {
        this.usages = usages;
    }

    boolean inUse(DictionaryType type, String code) {
        return all().stream().anyMatch(u -> u.uses(type, code));
    }

    boolean regionInUse(String code) {
        return all().stream().anyMatch(u -> u.usesRegion(code));
    }

    private List<DictionaryUsage> all() {
        return usages.orderedStream().toList();
    }
}
