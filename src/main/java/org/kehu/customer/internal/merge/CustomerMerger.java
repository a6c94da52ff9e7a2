package org.kehu.customer.internal.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.customer.CustomersMerged;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two customers: the target stays; the source's contacts, interactions (with their
 * attachments) and ownership history move to it; the target's empty fields are filled from the
 * source; the merge is audited with the old values of both; the source is deleted. Both customers
 * must be within the caller's data scope, otherwise they do not exist for them (404).
 */
@Service
public class CustomerMerger {

    /** Columns copied from the source when the target's is empty. */
    static final List<String> FILLABLE = List.of("website", "phone", "fax", "province_code", "city_code", "address",
            "nature_code", "group_code", "industry_code", "grade_code", "credit_rating", "loyalty_rating", "bank",
            "bank_account", "tax_number", "source_code");

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CustomerMerger(JdbcClient jdbc, UserDirectory users, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.events = events;
    }

    /** The id of the customer with this code, for the merge form on the customer page; 404 when unknown. */
    public long idOfCode(String code) {
        return jdbc.sql("select id from customer where code = :code").param("code", code == null ? "" : code.trim())
                .query(Long.class).optional()
                .orElseThrow(() -> new org.kehu.shared.RecordNotFoundException("customer", code));
    }

    /** One customer's fields for the side-by-side page, or 404 when unknown or out of scope. */
    @Transactional(readOnly = true)
    public Map<String, Object> read(long id) {
        return row(id, false);
    }

    /**
     * @param targetVersion the target's version the caller saw: a later save by someone else is a 409
     */
    @Transactional
    public void merge(long targetId, long sourceId, long targetVersion) {
        if (targetId == sourceId) {
            throw new RuleViolationException("customer.merge.error.same", "A customer cannot be merged with itself");
        }
        // Lock both in id order, so two merges of the same pair cannot deadlock.
        Map<String, Object> first = row(Math.min(targetId, sourceId), true);
        Map<String, Object> second = row(Math.max(targetId, sourceId), true);
        Map<String, Object> target = targetId < sourceId ? first : second;
        Map<String, Object> source = targetId < sourceId ? second : first;
        if (((Number) target.get("version")).longValue() != targetVersion) {
            throw new ConcurrentEditException("customer", targetId);
        }
        for (String table : List.of("contact", "interaction", "customer_ownership")) {
            jdbc.sql("update " + table + " set customer_id = :target where customer_id = :source")
                    .param("target", targetId).param("source", sourceId).update();
        }
        StringBuilder fill = new StringBuilder("update customer t set ");
        for (String column : FILLABLE) {
            fill.append(column).append(" = coalesce(nullif(t.").append(column).append(", ''), s.").append(column).append("), ");
        }
        fill.append("""
                main_contact_id = coalesce(t.main_contact_id, s.main_contact_id),
                version = t.version + 1, updated_at = now()
                from customer s where t.id = :target and s.id = :source""");
        jdbc.sql(fill.toString()).param("target", targetId).param("source", sourceId).update();
        // One primary contact: the target's main contact.
        jdbc.sql("""
                update contact set is_primary = (id = (select main_contact_id from customer where id = :target))
                 where customer_id = :target and is_primary""").param("target", targetId).update();
        events.publishEvent(new CustomersMerged(targetId, sourceId));
        jdbc.sql("delete from customer where id = :source").param("source", sourceId).update();

        Map<String, Object> old = new LinkedHashMap<>();
        old.put("target", target);
        old.put("source", source);
        Map<String, Object> merged = row(targetId, false);
        String summary = source.get("code") + " " + source.get("name") + " → " + target.get("code") + " " + target.get("name");
        audit.recordChange(AuditAction.MERGE, "customer", targetId, summary, old, merged);
        audit.recordChange(AuditAction.MERGE, "customer", sourceId, summary, source, Map.of("mergedInto", targetId));
    }

    private Map<String, Object> row(long id, boolean lock) {
        OwnerScope scope = users.ownerScope();
        Map<String, Object> row = jdbc.sql("""
                select id, code, name, website, phone, fax, province_code, city_code, address, nature_code, group_code,
                       industry_code, grade_code, credit_rating, loyalty_rating, owner_id, bank, bank_account, tax_number,
                       source_code, status, main_contact_id, version,
                       (select count(*) from contact where customer_id = c.id) as contacts,
                       (select count(*) from interaction where customer_id = c.id) as interactions
                  from customer c where id = :id""" + (lock ? " for update" : ""))
                .param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("customer", id));
        Object owner = row.get("owner_id");
        if (!scope.permits(owner == null ? null : ((Number) owner).longValue())) {
            throw new RecordNotFoundException("customer", id);
        }
        return new LinkedHashMap<>(row);
    }
}
