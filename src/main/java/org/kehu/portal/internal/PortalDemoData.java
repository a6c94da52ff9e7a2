package org.kehu.portal.internal;

import java.util.List;

import org.kehu.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The portal logins of the demo: {@code buyer}, the main contact of the customer of {@code manager} with the most
 * orders, and {@code buyer2}, the same for {@code manager2}, both with the staff demo password; a third contact of
 * buyer's company is invited and has not answered yet. Printed after the staff logins at start.
 */
@Component
class PortalDemoData implements DemoData {

    /** The demo portal logins, the staff account manager whose customer each belongs to. */
    record DemoBuyer(String login, String manager) {
    }

    static final String PASSWORD = "demo123";
    static final List<DemoBuyer> BUYERS = List.of(new DemoBuyer("buyer", "manager"), new DemoBuyer("buyer2", "manager2"));

    private static final Logger log = LoggerFactory.getLogger(PortalDemoData.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    PortalDemoData(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public Step step() {
        return Step.PORTAL_ACCOUNTS;
    }

    @Override
    public void load() {
        String hash = encoder.encode(PASSWORD);
        for (DemoBuyer buyer : BUYERS) {
            // The manager's customer with the most orders and a contact: the portal has something to show.
            jdbc.sql("""
                    insert into portal_account(contact_id, customer_id, login, password_hash, status, created_at, last_login_at)
                    select ct.id, c.id, :login, :hash, 'ACTIVE', now() - interval '30 days', now() - interval '2 days'
                      from customer c join contact ct on ct.customer_id = c.id
                     where c.owner_id = (select id from app_user where username = :manager)
                       and not exists (select 1 from portal_account a where a.customer_id = c.id)
                     order by (select count(*) from sales_order o where o.customer_id = c.id) desc, ct.is_primary desc, c.id, ct.id
                     limit 1""")
                    .param("login", buyer.login()).param("hash", hash).param("manager", buyer.manager()).update();
        }
        // Another contact of buyer's company with an e-mail address, invited but not yet signed up.
        jdbc.sql("""
                insert into portal_account(contact_id, customer_id, login, status, invited_by, created_at)
                select ct.id, ct.customer_id, ct.email, 'INVITED', (select id from app_user where username = 'manager'), now() - interval '1 day'
                  from contact ct where ct.customer_id = (select customer_id from portal_account where login = 'buyer')
                   and ct.email is not null and not exists (select 1 from portal_account a where a.contact_id = ct.id)
                   and not exists (select 1 from portal_account a where lower(a.login) = lower(ct.email))
                 order by ct.id limit 1""").update();
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void printLogins(ApplicationReadyEvent event) {
        List<String> present = jdbc.sql("select login from portal_account where login in ('buyer', 'buyer2') order by login")
                .query(String.class).list();
        if (present.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("\n  Portal demo logins at /portal/login (password ").append(PASSWORD).append("):\n");
        for (DemoBuyer b : BUYERS) {
            if (present.contains(b.login())) {
                text.append(String.format("    %-12s a contact of a customer of %s%n", b.login(), b.manager()));
            }
        }
        log.info(text.toString());
    }
}
