package org.kehu.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The stock rules orders and tickets rely on: reserve, ship, release, issue, never below zero. */
@SpringBootTest
@Transactional
class InventoryTests {

    @Autowired
    Inventory inventory;
    @Autowired
    JdbcClient jdbc;

    long bolt;
    long nut;
    long warehouse;

    @BeforeEach
    void stockTwoProducts() {
        long category = jdbc.sql("insert into product_category(code, name_zh, name_en) values ('T-INV', '测试', 'Test') returning id")
                .query(Long.class).single();
        bolt = product(category, "T-BOLT");
        nut = product(category, "T-NUT");
        warehouse = jdbc.sql("insert into warehouse(code, name) values ('T-WH', 'Test warehouse') returning id").query(Long.class).single();
        inventory.receive(warehouse, List.of(new StockLine(bolt, qty(10)), new StockLine(nut, qty(2))), "opening stock", null);
    }

    private long product(long category, String code) {
        return jdbc.sql("insert into product(code, name, category_id, unit_code, price) values (?, ?, ?, 'PIECE', 1.50) returning id")
                .params(code, code, category).query(Long.class).single();
    }

    private static BigDecimal qty(long n) {
        return BigDecimal.valueOf(n);
    }

    @Test
    void reservingLowersWhatIsAvailableButNotWhatIsOnHand() {
        inventory.reserve(warehouse, Inventory.one(bolt, qty(4)), "SO-1");

        assertThat(inventory.available(bolt, warehouse)).isEqualByComparingTo("6");
        assertThat(onHand(bolt)).isEqualByComparingTo("10");
    }

    @Test
    void refusesAReservationBeyondWhatIsAvailableAndChangesNoLineOfIt() {
        assertThatThrownBy(() -> inventory.reserve(warehouse,
                List.of(new StockLine(bolt, qty(3)), new StockLine(nut, qty(3))), "SO-2"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).messageKey()).isEqualTo("inventory.error.short-in-warehouse"))
                .satisfies(e -> assertThat(((RuleViolationException) e).args()).startsWith("T-NUT T-NUT", "Test warehouse", "2", "3"));
    }

    @Test
    void twoLinesOfOneProductCountTogether() {
        assertThatThrownBy(() -> inventory.reserve(warehouse,
                List.of(new StockLine(nut, qty(1)), new StockLine(nut, qty(2))), "SO-3"))
                .isInstanceOf(RuleViolationException.class);
        assertThat(inventory.available(nut, warehouse)).isEqualByComparingTo("2");
    }

    @Test
    void shippingTakesReservedStockOutAndCancellingGivesItBack() {
        inventory.reserve(warehouse, Inventory.one(bolt, qty(6)), "SO-4");
        inventory.ship(warehouse, Inventory.one(bolt, qty(4)), "SO-4");
        inventory.release(warehouse, Inventory.one(bolt, qty(2)), "SO-4");

        assertThat(onHand(bolt)).isEqualByComparingTo("6");
        assertThat(inventory.available(bolt, warehouse)).isEqualByComparingTo("6");
        assertThat(jdbc.sql("select string_agg(kind, ',' order by id) from stock_movement where product_id = ?").param(bolt)
                .query(String.class).single()).isEqualTo("IN,RESERVE,SHIP,RELEASE");
    }

    @Test
    void cannotShipWhatWasNotReserved() {
        assertThatThrownBy(() -> inventory.ship(warehouse, Inventory.one(bolt, qty(1)), "SO-5"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).messageKey()).isEqualTo("inventory.error.not-reserved"));
        assertThat(onHand(bolt)).isEqualByComparingTo("10");
    }

    @Test
    void issuingSparePartsCannotTakeWhatOrdersHaveReserved() {
        inventory.reserve(warehouse, Inventory.one(nut, qty(2)), "SO-6");

        assertThatThrownBy(() -> inventory.issue(warehouse, Inventory.one(nut, qty(1)), "repair", "FW-1"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesZeroOrNegativeQuantitiesAndAdjustmentsWithoutReason() {
        assertThatThrownBy(() -> inventory.receive(warehouse, Inventory.one(bolt, qty(0)), null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> inventory.reserve(warehouse, Inventory.one(bolt, qty(-1)), "SO-7"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> inventory.adjust(warehouse, bolt, qty(-1), " "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAdjustmentBelowWhatIsReservedIsRefused() {
        inventory.reserve(warehouse, Inventory.one(bolt, qty(8)), "SO-8");

        assertThatThrownBy(() -> inventory.adjust(warehouse, bolt, qty(-3), "count"))
                .isInstanceOf(RuleViolationException.class);
        inventory.adjust(warehouse, bolt, qty(-2), "count");
        assertThat(onHand(bolt)).isEqualByComparingTo("8");
    }

    private BigDecimal onHand(long product) {
        return jdbc.sql("select on_hand from stock where product_id = ? and warehouse_id = ?").params(product, warehouse)
                .query(BigDecimal.class).single();
    }
}
