package org.kehu.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.shared.InvalidInputException;

class CursorTests {

    @Test
    void aCursorGivesBackItsSortKeyAndIdOfEveryKind() {
        Instant at = Instant.parse("2026-11-30T08:15:30.123456Z");
        assertThat(Cursor.parse(Cursor.of(at, 4_000_000_123L), "after", Instant.class))
                .isEqualTo(new Cursor.Position<>(at, 4_000_000_123L));
        assertThat(Cursor.parse(Cursor.of(LocalDate.of(2026, 2, 28), 200), "after", LocalDate.class).value())
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Cursor.parse(Cursor.of("湖北:钢铁~公司_1", 129), "before", String.class))
                .isEqualTo(new Cursor.Position<>("湖北:钢铁~公司_1", 129L));
        assertThat(Cursor.parseId(Cursor.of(130), "after")).isEqualTo(130);
    }

    @Test
    void aCursorIsOpaqueUrlSafeText() {
        assertThat(Cursor.of("a b/c?d&e=f", 300)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refusesMalformedCursorsNamingTheParameter() {
        for (String bad : List.of("9999999999999999999999_1", "garbage", "%%%", "2026-01-01:5", "1700000000.0.5",
                Cursor.of("text", 5), Cursor.of(0), Cursor.of(LocalDate.of(2026, 1, 1), 5), "x".repeat(3000),
                java.util.Base64.getUrlEncoder().encodeToString("k1:99999999999999999999:t5".getBytes()),
                java.util.Base64.getUrlEncoder().encodeToString("k1:5:t9223372036854775807".getBytes()),
                java.util.Base64.getUrlEncoder().encodeToString("k1:-5:-".getBytes()),
                java.util.Base64.getUrlEncoder().encodeToString("k1:5:sa\0b".getBytes()))) {
            assertThatThrownBy(() -> Cursor.parse(bad, "after", Instant.class)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("after", "paging.error.cursor"));
        }
        assertThatThrownBy(() -> Cursor.parseId(Cursor.of("text", 5), "after")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPageReadBackwardsComesInListOrderWithBothCursors() {
        // rows 5,4,3 read backwards from "before 6" with size 2: there is more before, and a next page.
        KeysetPage<Integer> page = KeysetPage.of(List.of(5, 4, 3), 2, true, true, false, i -> "c" + i);
        assertThat(page.items()).containsExactly(4, 5);
        assertThat(page.previous()).isEqualTo("c4");
        assertThat(page.next()).isEqualTo("c5");
        KeysetPage<Integer> last = KeysetPage.forward(List.of(7, 8), 2, i -> "c" + i);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isFalse();
    }

    @Test
    void theCountStopsAtTenThousand() {
        assertThat(new CappedCount(10_001).capped()).isTrue();
        assertThat(new CappedCount(10_001).shown()).isEqualTo(10_000);
        assertThat(new CappedCount(10_000).capped()).isFalse();
        assertThat(CappedCount.sql("from customer c where true")).contains("limit 10001");
    }

    @Test
    void likeEscapesWildcardsAndTheEscapeCharacter() {
        assertThat(Like.contains(" 50%_a\\b ")).isEqualTo("%50\\%\\_a\\\\b%");
        assertThat(Like.startsWith("KH_")).isEqualTo("KH\\_%");
    }

    @Test
    void pageSizesAreClampedIntoTheirBounds() {
        assertThat(PageBounds.size(100_000, 200)).isEqualTo(200);
        assertThat(PageBounds.size(-5, 200)).isEqualTo(1);
        assertThat(PageBounds.size(20, 200)).isEqualTo(20);
    }
}
