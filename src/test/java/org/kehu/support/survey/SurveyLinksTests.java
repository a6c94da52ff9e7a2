package org.kehu.support.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SurveyLinksTests {

    private static final LocalDate EXPIRES = LocalDate.of(2026, 3, 31);

    @Test
    void linkIsOpenUntilTheEndOfTheExpiryDayInChina() {
        assertThat(SurveyLinks.state(null, EXPIRES, Instant.parse("2026-03-31T15:59:59Z"))).isEqualTo(SurveyLinks.State.OPEN);
        assertThat(SurveyLinks.state(null, EXPIRES, Instant.parse("2026-03-31T16:00:00Z"))).isEqualTo(SurveyLinks.State.EXPIRED);
    }

    @Test
    void answeredLinkIsAnsweredBeforeAndAfterTheExpiry() {
        Instant answered = Instant.parse("2026-03-01T02:00:00Z");
        assertThat(SurveyLinks.state(answered, EXPIRES, Instant.parse("2026-03-02T00:00:00Z"))).isEqualTo(SurveyLinks.State.ANSWERED);
        assertThat(SurveyLinks.state(answered, EXPIRES, Instant.parse("2026-05-01T00:00:00Z"))).isEqualTo(SurveyLinks.State.ANSWERED);
    }

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SurveyLinks.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void onlyTheSha256OfTheTokenIsKept() {
        assertThat(SurveyLinks.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
