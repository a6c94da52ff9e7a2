package org.kehu.customer;

import java.io.IOException;
import java.io.OutputStream;

import org.kehu.customer.internal.CustomerExportWriter;
import org.kehu.customer.internal.CustomerListQuery;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list: filtered, sorted, paged by keyset, and exported to CSV or Excel as a stream. The
 * signed-in user's data scope always applies.
 */
@Service
public class CustomerListing {

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
    public KeysetPage<CustomerRow> page(CustomerFilter filter, String after, String before, int size) {
        return query.page(filter, users.ownerScope(), after, before, PageBounds.size(size, MAX_PAGE_SIZE));
    }

    /** The number of matching customers, counted as far as the pager shows. */
    @PreAuthorize("hasAuthority('customer.view')")
    @Transactional(readOnly = true)
    public CappedCount count(CustomerFilter filter) {
        return query.count(filter, users.ownerScope());
    }

    /** Whether any customer has a lifetime value score (the list shows the columns only then). */
    @Transactional(readOnly = true)
    public boolean hasValues() {
        return query.hasValues();
    }

    /** Writes every matching customer to {@code out}, row by row, without holding the list in memory. */
    @PreAuthorize("hasAuthority('customer.export')")
    @Transactional(readOnly = true)
    public void export(CustomerFilter filter, TableExport.Format format, OutputStream out) throws IOException {
        writer.write(format, out, sink -> query.forEach(filter, users.ownerScope(), sink));
    }
}
