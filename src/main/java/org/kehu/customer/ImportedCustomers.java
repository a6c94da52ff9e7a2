package org.kehu.customer;

import java.util.List;
import java.util.Map;

import org.kehu.customer.internal.CustomerCodes;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.PinyinInitials;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers registered in bulk by another module's import (the order history import creates the customers
 * its file names and Kehu does not know): all of them in a few statements, with their first ownership entry
 * and audit entry as the customer import writes them, in the caller's transaction.
 */
@Service
public class ImportedCustomers {

    /**
     * A customer to register: its code as the other system has it (null: from the numbering rule), its name,
     * and an address (e.g. only the country the file gives), or null.
     */
    public record NewCustomer(String code, String name, String address) {
    }

    private final JdbcClient jdbc;
    private final CustomerCodes codes;
    private final AuditTrail audit;
    private final UserDirectory users;

    ImportedCustomers(JdbcClient jdbc, CustomerCodes codes, AuditTrail audit, UserDirectory users) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.audit = audit;
        this.users = users;
    }

    /**
     * Registers the customers, owned by {@code ownerId}, and answers their ids in the order given. The caller
     * has checked that the codes are free and the owner is one the user may assign to.
     */
    @PreAuthorize("hasAuthority('customer.create')")
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> register(List<NewCustomer> customers, long ownerId) {
        if (customers.isEmpty()) {
            return List.of();
        }
        long actor = users.requireCurrentUser().id();
        // Ids first, so that they come back in the order given whatever order the insert takes.
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('customer', 'id')) from generate_series(1, :n)")
                .param("n", customers.size()).query(Long.class).list();
        jdbc.sql("""
                insert into customer(id, code, code_edited, name, name_initials, address, owner_id, created_by)
                overriding system value
                select n.id, case when n.code is not null then n.code else %s end, n.code is not null, n.name, n.initials,
                       n.address, :owner, :actor
                  from (select u.*, case when u.code is null then %s end as number
                          from unnest(:ids, :codes, :names, :initials, :addresses) with ordinality
                               as u(id, code, name, initials, address, ord)
                         order by u.ord) n""".formatted(codes.codeSql("n.number"), codes.nextNumberSql()))
                .param("ids", ids.toArray(Long[]::new))
                .param("codes", customers.stream().map(NewCustomer::code).toArray(String[]::new))
                .param("names", customers.stream().map(NewCustomer::name).toArray(String[]::new))
                .param("initials", customers.stream().map(c -> PinyinInitials.of(c.name())).toArray(String[]::new))
                .param("addresses", customers.stream().map(NewCustomer::address).toArray(String[]::new))
                .param("owner", ownerId).param("actor", actor).update();
        jdbc.sql("""
                insert into customer_ownership(customer_id, owner_id, reason, changed_by)
                select id, :owner, 'import', :actor from unnest(:ids) as u(id)""")
                .param("ids", ids.toArray(Long[]::new)).param("owner", ownerId).param("actor", actor).update();
        audit.recordChanges(AuditAction.IMPORT, "customer", """
                select c.id as entity_id, c.code || ' ' || c.name as summary,
                       jsonb_build_object('code', c.code, 'name', c.name, 'address', c.address, 'ownerId', c.owner_id) as new_value
                  from customer c where c.id = any(:ids) order by c.id""", Map.of("ids", ids.toArray(Long[]::new)));
        return ids;
    }
}
