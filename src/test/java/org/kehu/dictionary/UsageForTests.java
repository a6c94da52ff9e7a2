package org.kehu.dictionary;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for a module whose records use dictionary entries and regions: entries whose code starts
 * with {@code USED} and the region {@code 429901} count as in use.
 */
@TestConfiguration(proxyBeanMethods = false)
class UsageForTests {

    static final String USED_CITY = "429901";

    @Bean
    DictionaryUsage recordsThatUseTestEntries() {
        return new DictionaryUsage() {
            @Override
            public boolean uses(DictionaryType type, String code) {
                return code.startsWith("USED");
            }

            @Override
            public boolean usesRegion(String regionCode) {
                return USED_CITY.equals(regionCode);
            }
        };
    }
}
