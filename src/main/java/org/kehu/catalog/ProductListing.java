package org.kehu.catalog;

import java.io.IOException;
import java.io.OutputStream;

import org.kehu.catalog.internal.ProductExportWriter;
import org.kehu.catalog.internal.ProductQueries;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product list: filtered, paged by code (keyset), and exported to CSV or Excel as a stream. */
@Service
public class ProductListing {

    public static final int MAX_PAGE_SIZE = 200;


    private final ProductQueries queries;
    private final ProductExportWriter writer;

    ProductListing(ProductQueries queries, ProductExportWriter writer) {
        this.queries = queries;
        this.writer = writer;
    }

    @PreAuthorize("hasAuthority('product.view')")
    @Transactional(readOnly = true)
    public KeysetPage<ProductRow> page(ProductFilter filter, String after, String before, int size) {
        return queries.page(filter, after, before, PageBounds.size(size, MAX_PAGE_SIZE));
    }

    /** Writes every matching product to {@code out}, row by row. */
    @PreAuthorize("hasAuthority('product.export')")
    @Transactional(readOnly = true)
    public void export(ProductFilter filter, TableExport.Format format, OutputStream out) throws IOException {
        writer.write(format, out, sink -> queries.forEach(filter, sink));
    }
}
