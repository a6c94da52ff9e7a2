package org.kehu.portal.company;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's company change requests of some customers, taken out while a test makes its own (a customer may have
 * one pending request only) and put back afterwards with their ids, so that the demo keeps them.
 */
final class SetAsideChangeRequests {

    private final JdbcClient jdbc;
    private final List<Map<String, Object>> requests;
    private final List<Map<String, Object>> fields;

    private SetAsideChangeRequests(JdbcClient jdbc, List<Map<String, Object>> requests, List<Map<String, Object>> fields) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.fields = fields;
    }

    /** Removes the requests of the customers, remembering them. */
    static SetAsideChangeRequests of(JdbcClient jdbc, List<Long> customerIds) {
        var requests = jdbc.sql("""
                select id, customer_id, contact_id, status, reason, decided_by, decided_at, created_at, version
                  from portal_company_change where customer_id in (:customers) order by id""")
                .param("customers", customerIds).query().listOfRows();
        var fields = jdbc.sql("""
                select f.request_id, f.field, f.old_value, f.new_value from portal_company_change_field f
                  join portal_company_change r on r.id = f.request_id where r.customer_id in (:customers)""")
                .param("customers", customerIds).query().listOfRows();
        jdbc.sql("delete from portal_company_change where customer_id in (:customers)").param("customers", customerIds)
                .update();
        return new SetAsideChangeRequests(jdbc, requests, fields);
    }

    /** Puts the remembered requests back (after the test deleted its own). */
    void restore() {
        for (Map<String, Object> r : requests) {
            jdbc.sql("""
                    insert into portal_company_change(id, customer_id, contact_id, status, reason, decided_by, decided_at,
                           created_at, version) overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(r.get("id"), r.get("customer_id"), r.get("contact_id"), r.get("status"), r.get("reason"),
                            r.get("decided_by"), r.get("decided_at"), r.get("created_at"), r.get("version"))
                    .update();
        }
        for (Map<String, Object> f : fields) {
            jdbc.sql("insert into portal_company_change_field(request_id, field, old_value, new_value) values (?, ?, ?, ?)")
                    .params(f.get("request_id"), f.get("field"), f.get("old_value"), f.get("new_value")).update();
        }
    }
}
