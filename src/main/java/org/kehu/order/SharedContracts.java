package org.kehu.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract files of an order that staff chose to share with the customer: marked on the staff order page (within
 * the order's data scope), listed and downloaded on the portal's order page. A file not shared, or of another
 * customer's order, is "not found" to the portal.
 */
@Service
@Transactional
public class SharedContracts {

    private final JdbcClient jdbc;
    private final OrderManagement orders;

    SharedContracts(JdbcClient jdbc, OrderManagement orders) {
        this.jdbc = jdbc;
        this.orders = orders;
    }

    /** A shared contract file as the portal lists it. */
    public record SharedFile(long id, String filename, long sizeBytes, Instant uploadedAt) {
    }

    /** A shared file's content, to download. */
    public record SharedContent(String filename, String contentType, byte[] content) {
    }

    /** Shares a contract file of the order with its customer, or stops sharing it. */
    @PreAuthorize("hasAuthority('order.edit')")
    public void share(long orderId, long contractId, boolean shared) {
        orders.get(orderId); // the order within the user's scope, else 404
        int updated = jdbc.sql("update sales_order_contract set shared_with_customer = ? where id = ? and order_id = ?")
                .params(shared, contractId, orderId).update();
        if (updated == 0) {
            throw new RecordNotFoundException("Contract", contractId);
        }
    }

    /** The ids of the order's contract files that are shared, for the staff order page. */
    @PreAuthorize("hasAuthority('order.view')")
    @Transactional(readOnly = true)
    public Set<Long> sharedIds(long orderId) {
        return Set.copyOf(jdbc.sql("select id from sales_order_contract where order_id = ? and shared_with_customer")
                .param(orderId).query(Long.class).list());
    }

    /** The shared contract files of the customer's order; empty for another customer's order. */
    @Transactional(readOnly = true)
    public List<SharedFile> ofCustomerOrder(long customerId, long orderId) {
        return jdbc.sql("""
                select c.id, c.filename, c.size_bytes, c.uploaded_at from sales_order_contract c
                  join sales_order o on o.id = c.order_id
                 where c.order_id = ? and o.customer_id = ? and c.shared_with_customer order by c.id""")
                .params(orderId, customerId).query(SharedFile.class).list();
    }

    /** A shared contract file of the customer's order; empty when not shared or of another customer's order. */
    @Transactional(readOnly = true)
    public Optional<SharedContent> download(long customerId, long orderId, long contractId) {
        return jdbc.sql("""
                select c.filename, coalesce(c.content_type, 'application/octet-stream'), c.content from sales_order_contract c
                  join sales_order o on o.id = c.order_id
                 where c.id = ? and c.order_id = ? and o.customer_id = ? and c.shared_with_customer""")
                .params(contractId, orderId, customerId)
                .query((rs, n) -> new SharedContent(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }
}
