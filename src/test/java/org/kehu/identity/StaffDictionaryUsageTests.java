package org.kehu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class StaffDictionaryUsageTests {

    @Autowired
    List<DictionaryUsage> usages;

    @Test
    void positionsAndLevelsHeldByUsersCountAsInUse() {
        assertThat(usages.stream().anyMatch(u -> u.uses(DictionaryType.POSITION, "ACCOUNT_MANAGER"))).isTrue();
        assertThat(usages.stream().anyMatch(u -> u.uses(DictionaryType.LEVEL, "P2"))).isTrue();
        assertThat(usages.stream().anyMatch(u -> u.uses(DictionaryType.POSITION, "NO_SUCH_POSITION"))).isFalse();
    }
}
