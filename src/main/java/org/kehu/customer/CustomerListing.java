package org.kehu.customer;

import java.io.IOException;
import java.io.OutputStream;

import org.kehu.customer.internal.CustomerExportWriter;
import org.kehu.customer.internal.CustomerListQuery;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.export.TableExport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list: filtered, sorted, paged by keyset, and exported to CSV or Excel as a stream. The
 * signed-in user's data scope always applies.
 */
@Service
public class CustomerListing {

    /** The pager counts no further than this and then shows "10,000+". */
    public static final int COUNT_LIMIT = 10_000;
    public static final int MAX_PAGE_SIZE = 200;


    private final CustomerListQuery query;
    private final CustomerExportWriter writer;
    private final UserDirectory users;

    CustomerListing(CustomerListQuery query, CustomerExportWriter writer, UserDirectory users) {
        this.query = query;
        this.writer = writer;
        this.users = users;
    }

    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public CustomerPage page(CustomerFilter filter, String after, String before, int size) {
        return query.page(filter, users.ownerScope(), after, before, Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }

    /** The number of matching customers, up to {@link #COUNT_LIMIT} + 1. */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public long countUpTo(CustomerFilter filter) {
        return query.countUpTo(filter, users.ownerScope(), COUNT_LIMIT);
    }

    /** Writes every matching customer to {@code out}, row by row, without holding the list in memory. */
    @PreAuthorize("hasAuthority('customer.export')")
    @Transactional(readOnly = true)
    public void export(CustomerFilter filter, TableExport.Format format, OutputStream out) throws IOException {
        writer.write(format, out, sink -> query.forEach(filter, users.ownerScope(), sink));
    }
}
