package org.kehu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            13812345678           | 13812345678      | MOBILE
            +86 138 1234 5678     | 13812345678      | MOBILE
            0086-138-1234-5678    | 13812345678      | MOBILE
            138 1234 5678         | 13812345678      | MOBILE
            19912345678           | 19912345678      | MOBILE
            027-87654321          | 027-87654321     | LANDLINE
            02787654321           | 027-87654321     | LANDLINE
            (027) 8765 4321       | 027-87654321     | LANDLINE
            +86 27 8765 4321      | 027-87654321     | LANDLINE
            0710-3456789          | 0710-3456789     | LANDLINE
            010-12345678-123      | 010-12345678-123 | LANDLINE
            010-12345678转123     | 010-12345678-123 | LANDLINE
            010-12345678 分机 123  | 010-12345678-123 | LANDLINE
            010-12345678 ext. 123 | 010-12345678-123 | LANDLINE
            400-812-3456          | 400-812-3456     | OTHER
            +852 2345 6789        | +852 2345 6789   | LANDLINE
            """)
    void readsChineseAndForeignNumbersIntoOneStoredForm(String typed, String stored, PhoneNumber.Kind kind) {
        PhoneNumber phone = PhoneNumber.parse(typed).orElseThrow();
        assertThat(phone.value()).isEqualTo(stored);
        assertThat(phone.kind()).isEqualTo(kind);
        assertThat(PhoneNumber.parse(stored)).contains(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1234", "12345678901", "14012345678", "138123456789", "88888888", "0123-4567890",
            "0755-1234567", "027-123", "call me", "1381234567x"})
    void refusesWhatNoOneCanDial(String typed) {
        assertThat(PhoneNumber.isValid(typed)).isFalse();
        assertThat(PhoneNumber.isMobile(typed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"027-87654321", "400-812-3456", "010-12345678-123"})
    void aLandlineIsNoMobile(String typed) {
        assertThat(PhoneNumber.isValid(typed)).isTrue();
        assertThat(PhoneNumber.isMobile(typed)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"'   ',NULL", "' +86 13812345678 ',13812345678", "' call me ',call me"})
    void normalisingKeepsWhatIsNoNumberAsTyped(String typed, String stored) {
        assertThat(PhoneNumber.normalise(typed)).isEqualTo(stored);
    }
}
