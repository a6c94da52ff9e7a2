package org.kehu.competitor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerSummary;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competitor a customer of the group "competitor's customer" (竞争者客户, dictionary CUSTOMER_GROUP
 * {@value #COMPETITOR_GROUP}) buys from. The customer's data scope applies through the customer module.
 */
@Service
public class CustomerCompetitors {

    /** The customer group whose customers buy from a competitor. */
    public static final String COMPETITOR_GROUP = "COMPETITOR";

    private final JdbcClient jdbc;
    private final CustomerManagement customers;
    private final UserDirectory users;
    private final Clock clock;

    CustomerCompetitors(JdbcClient jdbc, CustomerManagement customers, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.users = users;
        this.clock = clock;
    }

    /** The customer's link; 404 when the customer is outside the user's scope. */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public CustomerLink linkOf(long customerId) {
        CustomerDetails customer = customers.get(customerId);
        return jdbc.sql("""
                select c.id, c.name from competitor_customer cc join competitor c on c.id = cc.competitor_id
                 where cc.customer_id = :id""").param("id", customerId)
                .query((rs, n) -> new CustomerLink(customerId, inGroup(customer), rs.getLong(1), rs.getString(2)))
                .optional().orElseGet(() -> new CustomerLink(customerId, inGroup(customer), null, null));
    }

    /**
     * Links the customer to the competitor, or unlinks it ({@code competitorId} null). Only a customer in the
     * competitor's customer group may be linked (else 409); unlinking is always allowed.
     */
    @PreAuthorize("hasAuthority('customer.view') and (hasAuthority('customer.edit') or hasAuthority('competitor.edit'))")
    @Transactional
    public CustomerLink link(long customerId, Long competitorId) {
        CustomerDetails customer = customers.get(customerId);
        if (competitorId == null) {
            jdbc.sql("delete from competitor_customer where customer_id = :id").param("id", customerId).update();
            return linkOf(customerId);
        }
        if (!inGroup(customer)) {
            throw new RuleViolationException("competitor.error.not-competitor-customer",
                    "Only a customer in the competitor's customer group links to a competitor");
        }
        Integer known = jdbc.sql("select count(*) from competitor where id = :id").param("id", competitorId)
                .query(Integer.class).single();
        if (known == 0) {
            throw InvalidInputException.of("competitorId", "competitor.error.unknown");
        }
        jdbc.sql("""
                insert into competitor_customer(customer_id, competitor_id, linked_by, linked_at) values (:customer, :c, :user, :now)
                on conflict (customer_id) do update set competitor_id = :c, linked_by = :user, linked_at = :now""")
                .param("customer", customerId).param("c", competitorId).param("user", users.requireCurrentUser().id())
                .param("now", Timestamp.from(clock.instant())).update();
        return linkOf(customerId);
    }

    /** The customers linked to the competitor that the user may see, by name. */
    @PreAuthorize("hasAuthority('competitor.view') and hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public List<CustomerSummary> customersOf(long competitorId) {
        List<Long> ids = jdbc.sql("select customer_id from competitor_customer where competitor_id = :id")
                .param("id", competitorId).query(Long.class).list();
        return customers.summaries(ids).values().stream().sorted(Comparator.comparing(CustomerSummary::name)).toList();
    }

    private static boolean inGroup(CustomerDetails customer) {
        return COMPETITOR_GROUP.equals(customer.groupCode());
    }
}
