package org.kehu.customer.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds existing customers with the same name, phone or tax number, for the warning shown when a
 * customer is created or imported. Searches all customers, whatever the caller's scope: a duplicate
 * owned by a colleague is exactly what the warning is for; only code, name and the matching field
 * are shown.
 */
@Component
public class DuplicateFinder {

    public record Duplicate(long id, String code, String name, String matchedOn) {
    }

    private final JdbcClient jdbc;

    DuplicateFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Duplicate> find(String name, String phone, String taxNumber, Long excludeId) {
        return jdbc.sql("""
                select id, code, name,
                       case when name = :name then 'name' when phone = :phone then 'phone' else 'taxNumber' end as matched_on
                  from customer
                 where (name = :name or (:phone <> '' and phone = :phone) or (:tax <> '' and tax_number = :tax))
                   and id <> :exclude
                 order by id limit 10""")
                .param("name", blankToEmpty(name).trim()).param("phone", blankToEmpty(phone).trim())
                .param("tax", blankToEmpty(taxNumber).trim()).param("exclude", excludeId == null ? -1L : excludeId)
                .query(Duplicate.class).list();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s;
    }
}
