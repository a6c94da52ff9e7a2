package org.kehu.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class CatalogDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    private long number(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void sixtyProductsWithStableCodesInSixCategoriesAndTwoWarehouses() {
        assertThat(number("select count(*) from product where code ~ '^P-00[0-6][0-9]$'")).isEqualTo(60);
        assertThat(number("select count(*) from product where code in ('P-0001', 'P-0060')")).isEqualTo(2);
        assertThat(number("select count(distinct category_id) from product where code like 'P-00%'")).isEqualTo(6);
        assertThat(number("select count(*) from warehouse where code in ('WH-SH', 'WH-WH')")).isEqualTo(2);
        assertThat(number("""
                select count(*) from product p where code like 'P-00%'
                   and not exists (select 1 from dict_entry d where d.type = 'PRODUCT_UNIT' and d.code = p.unit_code)"""))
                .isZero();
    }

    @Test
    void stockMatchesItsMovementsAndSomeProductsAreBelowTheirThreshold() {
        assertThat(number("""
                select count(*) from stock s where s.on_hand <> (select m.on_hand_after from stock_movement m
                 where m.product_id = s.product_id and m.warehouse_id = s.warehouse_id order by m.at desc, m.id desc limit 1)"""))
                .isZero();
        assertThat(number("select count(*) from stock_movement where on_hand_after < 0")).isZero();
        assertThat(number("""
                select count(*) from product p where p.low_stock_threshold >
                 coalesce((select sum(on_hand - reserved) from stock s where s.product_id = p.id), 0)"""))
                .isBetween(6L, 10L);
    }

    @Test
    void someMachinesHaveComponentsAndOptionsThatChangeThePrice() {
        assertThat(number("select count(distinct product_id) from product_component")).isGreaterThanOrEqualTo(4);
        assertThat(number("select count(distinct product_id) from product_option_group")).isGreaterThanOrEqualTo(4);
        assertThat(number("select count(*) from product_option where price_delta < 0")).isPositive();
        assertThat(number("select count(*) from product_option where price_delta > 0")).isPositive();
    }
}
