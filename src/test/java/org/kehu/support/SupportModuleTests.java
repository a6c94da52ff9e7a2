package org.kehu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

/** The service module with all it uses: a ticket's steps come in their order, and a step out of order is refused. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
// No first administrator: the demo data of the whole-application tests in this JVM needs a database without users.
@TestPropertySource(properties = "kehu.first-administrator=false")
@Transactional
class SupportModuleTests {

    @Autowired
    ServiceTickets tickets;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in a new member of the service staff past the first ids; answers their id. */
    private long signInAsServiceStaff() {
        String username = "svc" + System.nanoTime();
        long id = jdbc.sql("""
                insert into app_user(id, username, password_hash, name) overriding system value
                values ((select greatest(max(id), 1000) + 1 from app_user), :u, '{noop}x', '客服') returning id""")
                .param("u", username).query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = 'SERVICE_STAFF'")
                .param("id", id).update();
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return id;
    }

    private TicketDetails newTicket(long staff) {
        long customer = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, created_by)
                values (:code, '南昌模块测试泵业', 'NCMKCSBY', :who, :who) returning id""")
                .param("code", "MT" + System.nanoTime() % 1_000_000_000L).param("who", staff).query(Long.class).single();
        return tickets.create(new TicketInput(customer, null, "CONSULTATION", "NORMAL", "PHONE", "询问保修期", "水泵保修几年？",
                null, null, null, null, null, null, null, null, null));
    }

    @Test
    void aNewTicketCannotTakeFeedbackBeforeItIsAssignedAndHandled() {
        TicketDetails ticket = newTicket(signInAsServiceStaff());
        assertThat(ticket.status()).isEqualTo(TicketStatus.CREATED);

        assertThatThrownBy(() -> tickets.feedback(ticket.id(), 5, "满意", ticket.version()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.error.out-of-order"));
        assertThat(tickets.get(ticket.id()).status()).isEqualTo(TicketStatus.CREATED);
        assertThat(tickets.steps(ticket.id())).hasSize(1);
    }
}
