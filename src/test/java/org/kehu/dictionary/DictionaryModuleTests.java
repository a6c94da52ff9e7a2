package org.kehu.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** The dictionary module with only the shared kernel: labels in the reader's language, codes checked against it. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class DictionaryModuleTests {

    @Autowired
    Dictionary dictionary;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void labelsAnEntryInTheReadersLanguageAndShowsAnUnknownCodeAsItIs() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(dictionary.label(DictionaryType.TICKET_TYPE, "REPAIR")).isEqualTo("维修");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dictionary.label(DictionaryType.TICKET_TYPE, "REPAIR")).isEqualTo("Repair");
        assertThat(dictionary.label(DictionaryType.TICKET_TYPE, "NO_SUCH_TYPE")).isEqualTo("NO_SUCH_TYPE");
    }

    @Test
    void acceptsOnlyCodesOfItsOwnType() {
        assertThat(dictionary.isValid(DictionaryType.TICKET_TYPE, "REPAIR")).isTrue();
        assertThat(dictionary.isValid(DictionaryType.TICKET_PRIORITY, "REPAIR")).isFalse();
        assertThat(dictionary.isValid(DictionaryType.TICKET_TYPE, "NO_SUCH_TYPE")).isFalse();
    }
}
