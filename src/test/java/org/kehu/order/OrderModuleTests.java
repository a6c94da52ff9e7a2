package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.catalog.Inventory;
import org.kehu.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** The orders module with all it uses: order numbers follow the month's sequence, and the flow cannot be skipped. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
// No first administrator: the demo data of the whole-application tests in this JVM needs a database without users.
@TestPropertySource(properties = "kehu.first-administrator=false")
@Transactional
class OrderModuleTests {

    @Autowired
    OrderManagement orders;

    @Autowired
    Inventory inventory;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    long customer;
    long product;
    long warehouse;

    /** An account manager past the first ids, signed in, with a customer of their own and a product in stock. */
    @BeforeEach
    void signInWithACustomerAndStock() {
        String username = "am" + System.nanoTime();
        long manager = jdbc.sql("""
                insert into app_user(id, username, password_hash, name) overriding system value
                values ((select greatest(max(id), 1000) + 1 from app_user), :u, '{noop}x', '客户经理') returning id""")
                .param("u", username).query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = 'ACCOUNT_MANAGER'")
                .param("id", manager).update();
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        customer = jdbc.sql("""
                insert into customer(code, name, name_initials, address, owner_id, created_by)
                values ('MT-ORD', '上饶模块测试机电', 'SRMKCSJD', '上饶市信州区', :who, :who) returning id""")
                .param("who", manager).query(Long.class).single();
        long category = jdbc.sql("insert into product_category(code, name_zh, name_en) values ('MT-ORD', '模块测试', 'Module test') returning id")
                .query(Long.class).single();
        product = jdbc.sql("insert into product(code, name, category_id, unit_code, price) values ('MT-MOTOR', '电机', ?, 'PIECE', 800) returning id")
                .params(category).query(Long.class).single();
        warehouse = jdbc.sql("insert into warehouse(code, name) values ('MT-ORD-WH', '模块测试仓') returning id").query(Long.class).single();
        inventory.receive(warehouse, Inventory.one(product, BigDecimal.TEN), "opening stock", null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private OrderDetails order(LocalDate date) {
        OrderInput in = new OrderInput();
        in.setCustomerId(customer);
        in.setWarehouseId(warehouse);
        in.setOrderDate(date);
        in.setLines(List.of(new OrderLineInput(product, BigDecimal.valueOf(2), new BigDecimal("800"), null)));
        return orders.create(in);
    }

    @Test
    void ordersOfOneMonthAreNumberedOneAfterTheOtherUnderThatMonth() {
        OrderDetails first = order(LocalDate.of(2026, 11, 20));
        OrderDetails second = order(LocalDate.of(2026, 11, 21));

        assertThat(first.number()).matches("SO202611\\d{5}");
        assertThat(Long.parseLong(second.number().substring(8))).isEqualTo(Long.parseLong(first.number().substring(8)) + 1);
    }

    @Test
    void aPendingOrderCannotShipBeforeItIsConfirmedAndNoStockLeaves() {
        OrderDetails pending = order(LocalDate.of(2026, 11, 20));

        assertThatThrownBy(() -> orders.ship(pending.id(), pending.version()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.error.not-allowed.SHIPPED"));
        assertThat(orders.get(pending.id()).status()).isEqualTo(OrderStatus.PENDING);
        assertThat(inventory.available(product, warehouse)).isEqualByComparingTo("10");
    }
}
