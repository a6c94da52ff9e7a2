package org.kehu.order;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.kehu.customer.CustomerManagement;
import org.kehu.identity.UserDirectory;
import org.kehu.order.internal.OrderExportWriter;
import org.kehu.order.internal.OrderListQuery;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order list: filtered, newest first, paged by keyset, exported to CSV or Excel as a stream; and a
 * customer's orders. The signed-in user's data scope always applies.
 */
@Service
@Transactional(readOnly = true)
public class OrderListing {

    public static final int MAX_PAGE_SIZE = 200;


    /** The tabs of a customer's order card. */
    public enum CustomerTab {
        ALL, COMPLETED, OPEN
    }

    private final OrderListQuery query;
    private final OrderExportWriter writer;
    private final UserDirectory users;
    private final CustomerManagement customers;

    OrderListing(OrderListQuery query, OrderExportWriter writer, UserDirectory users, CustomerManagement customers) {
        this.query = query;
        this.writer = writer;
        this.users = users;
        this.customers = customers;
    }

    @PreAuthorize("hasAuthority('order.view')")
    public KeysetPage<OrderRow> page(OrderFilter filter, String after, int size) {
        return query.page(filter, users.ownerScope(), after, PageBounds.size(size, MAX_PAGE_SIZE));
    }

    /** The number of matching orders, counted as far as the pager shows. */
    @PreAuthorize("hasAuthority('order.view')")
    public CappedCount count(OrderFilter filter) {
        return query.count(filter, users.ownerScope());
    }

    /** Writes every matching order to {@code out}, row by row. */
    @PreAuthorize("hasAuthority('order.export')")
    public void export(OrderFilter filter, TableExport.Format format, OutputStream out) throws IOException {
        writer.write(format, out, sink -> query.forEach(filter, users.ownerScope(), sink));
    }

    /**
     * The newest {@code limit} orders of a customer the user may see (404 otherwise), of one tab; orders of
     * the customer owned by someone outside the user's scope are left out.
     */
    @PreAuthorize("hasAuthority('order.view')")
    public List<OrderRow> ofCustomer(long customerId, CustomerTab tab, int limit) {
        customers.get(customerId);
        List<OrderStatus> statuses = switch (tab) {
            case ALL -> null;
            case COMPLETED -> List.of(OrderStatus.COMPLETED);
            case OPEN -> List.copyOf(OrderStatus.open());
        };
        return query.ofCustomer(customerId, users.ownerScope(), statuses, limit);
    }
}
