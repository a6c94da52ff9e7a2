package org.kehu.marketing.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kehu.identity.OwnerScope;

/** The SQL of a filter: fixed text, every value a bind parameter, and the data scope always applied when given. */
class SegmentSqlTests {

    @Test
    void valuesAreBoundNeverWrittenIntoTheSql() {
        String evil = "x'); delete from customer; --";
        SegmentCriteria c = SegmentTestSupport.criteria(Map.of("provinces", List.of(evil), "contactTitle", evil,
                "noOrderForDays", 90, "rfm", List.of("AT_RISK")));
        SegmentSql sql = SegmentSql.of(c, OwnerScope.of(List.of(7L)), LocalDate.of(2026, 12, 7));
        assertThat(sql.fromWhere()).doesNotContain(evil).doesNotContain("delete").contains("c.owner_id = any(:scopeIds)");
        assertThat(sql.params()).containsEntry("noOrderSince", LocalDate.of(2026, 9, 8));
        assertThat((String[]) sql.params().get("provinces")).containsExactly(evil);
        assertThat(sql.contacts(c).sql()).doesNotContain(evil);
    }

    @Test
    void noCriterionSelectsEveryCustomerOfTheScope() {
        assertThat(SegmentSql.of(SegmentCriteria.everyone(), OwnerScope.everything(), LocalDate.of(2026, 1, 1)).fromWhere())
                .isEqualTo("from customer c where true");
    }
}
