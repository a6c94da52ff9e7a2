package org.kehu.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue and inventory module with all it uses: stock never goes below zero, and a refusal says what is there. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
// No first administrator: the demo data of the whole-application tests in this JVM needs a database without users.
@TestPropertySource(properties = "kehu.first-administrator=false")
@Transactional
class CatalogModuleTests {

    @Autowired
    Inventory inventory;

    @Autowired
    JdbcClient jdbc;

    long part;
    long warehouse;

    @BeforeEach
    void stockOnePart() {
        long category = jdbc.sql("insert into product_category(code, name_zh, name_en) values ('MT-CAT', '模块测试', 'Module test') returning id")
                .query(Long.class).single();
        part = jdbc.sql("insert into product(code, name, category_id, unit_code, price) values ('MT-PART', '轴承', ?, 'PIECE', 1.50) returning id")
                .params(category).query(Long.class).single();
        warehouse = jdbc.sql("insert into warehouse(code, name) values ('MT-WH', '模块测试仓') returning id").query(Long.class).single();
        inventory.receive(warehouse, Inventory.one(part, BigDecimal.valueOf(3)), "opening stock", null);
    }

    @Test
    void refusesToIssueMoreThanIsAvailableAndSaysHowMuchThereIs() {
        assertThatThrownBy(() -> inventory.issue(warehouse, Inventory.one(part, BigDecimal.valueOf(5)), "repair", "TK-1"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("inventory.error.short-in-warehouse");
                    assertThat(e.args()).startsWith("MT-PART 轴承", "模块测试仓", "3", "5");
                });
        assertThat(inventory.available(part, warehouse)).isEqualByComparingTo("3");
    }

    @Test
    void stockReservedForAnOrderCannotBeIssuedToATicket() {
        inventory.reserve(warehouse, List.of(new StockLine(part, BigDecimal.valueOf(2))), "SO-MT");

        assertThatThrownBy(() -> inventory.issue(warehouse, Inventory.one(part, BigDecimal.valueOf(2)), "repair", "TK-2"))
                .isInstanceOf(RuleViolationException.class);
        inventory.issue(warehouse, Inventory.one(part, BigDecimal.ONE), "repair", "TK-2");
        assertThat(inventory.available(part, warehouse)).isEqualByComparingTo("0");
    }
}
