package org.kehu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CatalogDictionaryUsageTests {

    @Autowired
    List<DictionaryUsage> usages;

    private boolean used(String unit) {
        return usages.stream().anyMatch(u -> u.uses(DictionaryType.PRODUCT_UNIT, unit));
    }

    @Test
    void aUnitThatProductsUseIsInUseAndAnUnusedOneIsNot() {
        assertThat(used("UNIT")).isTrue();
        assertThat(used("TON")).isTrue();
        assertThat(used("LITRE")).isFalse();
        assertThat(usages.stream().anyMatch(u -> u.uses(DictionaryType.INDUSTRY, "UNIT"))).isFalse();
    }
}
