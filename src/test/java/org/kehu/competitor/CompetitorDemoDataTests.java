package org.kehu.competitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's competitors, written through the store the pages use: 8 competitors with their pinyin initials (so that
 * search finds them) and 30 products, each set against one of our products (issue 11, "8 competitors with 30 products").
 */
@SpringBootTest
class CompetitorDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasEightSearchableCompetitorsWithThirtyProductsAgainstOurs() {
        String codes = "code in ('CP001','CP002','CP003','CP004','CP005','CP006','CP007','CP008')";
        assertThat(jdbc.sql("select count(*) from competitor where " + codes + " and name_initials <> ''")
                .query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("""
                select count(*) from competitor_product p join competitor c on c.id = p.competitor_id
                 where c.""" + codes + " and p.our_product_id is not null").query(Long.class).single()).isEqualTo(30);
        assertThat(jdbc.sql("select name_initials from competitor where code = 'CP001'").query(String.class).single())
                .isEqualToIgnoringCase("hrskjcyxgs");
    }
}
