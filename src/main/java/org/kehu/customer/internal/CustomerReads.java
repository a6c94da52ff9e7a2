package org.kehu.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kehu.customer.InteractionDetails;
import org.kehu.customer.OwnershipPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of one customer's interactions and ownership, in SQL with the names joined in. Callers
 * check the data scope on the customer first.
 */
@Component
public class CustomerReads {

    private static final String INTERACTION = """
            select i.id, i.customer_id, i.occurred_at, i.place, i.channel_code, i.contact_id, c.name as contact_name,
                   i.summary, i.details, i.recorded_by, u.name as recorded_by_name
              from interaction i left join contact c on c.id = i.contact_id left join app_user u on u.id = i.recorded_by
            """;

    private final JdbcClient jdbc;

    CustomerReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public InteractionDetails interaction(long id) {
        return withAttachments(jdbc.sql(INTERACTION + " where i.id = :id").param("id", id)
                .query(CustomerReads::interactionRow).list()).get(0);
    }

    /** The latest interactions of a customer, newest first. */
    public List<InteractionDetails> interactions(long customerId, int limit) {
        return withAttachments(jdbc.sql(INTERACTION + " where i.customer_id = :c order by i.occurred_at desc, i.id desc limit :limit")
                .param("c", customerId).param("limit", limit).query(CustomerReads::interactionRow).list());
    }

    public List<OwnershipPeriod> ownership(long customerId) {
        return jdbc.sql("""
                select o.owner_id, u.name as owner_name, d.name as department_name, o.from_at, o.to_at, o.reason,
                       cb.name as changed_by_name
                  from customer_ownership o join app_user u on u.id = o.owner_id
                  left join department d on d.id = u.department_id left join app_user cb on cb.id = o.changed_by
                 where o.customer_id = :c order by o.from_at desc, o.id desc""")
                .param("c", customerId)
                .query((rs, n) -> new OwnershipPeriod(rs.getLong("owner_id"), rs.getString("owner_name"),
                        rs.getString("department_name"), instant(rs, "from_at"), instant(rs, "to_at"),
                        rs.getString("reason"), rs.getString("changed_by_name")))
                .list();
    }

    private List<InteractionDetails> withAttachments(List<InteractionDetails> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<InteractionDetails.Attachment>> files = jdbc.sql("""
                select id, interaction_id, filename, content_type, size_bytes from interaction_attachment
                 where interaction_id = any(:ids) order by id""")
                .param("ids", rows.stream().map(InteractionDetails::id).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong("interaction_id"), new InteractionDetails.Attachment(rs.getLong("id"),
                        rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(i -> new InteractionDetails(i.id(), i.customerId(), i.occurredAt(), i.place(),
                i.channelCode(), i.contactId(), i.contactName(), i.summary(), i.details(), i.recordedBy(),
                i.recordedByName(), files.getOrDefault(i.id(), List.of()))).toList();
    }

    private static InteractionDetails interactionRow(ResultSet rs, int n) throws SQLException {
        return new InteractionDetails(rs.getLong("id"), rs.getLong("customer_id"), instant(rs, "occurred_at"),
                rs.getString("place"), rs.getString("channel_code"), (Long) rs.getObject("contact_id"),
                rs.getString("contact_name"), rs.getString("summary"), rs.getString("details"),
                (Long) rs.getObject("recorded_by"), rs.getString("recorded_by_name"), List.of());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
