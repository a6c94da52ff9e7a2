package org.kehu.order.web;

import java.io.IOException;
import java.time.LocalDate;

import org.kehu.order.OrderFilter;
import org.kehu.order.OrderListing;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;

import jakarta.servlet.http.HttpServletResponse;

/** Streams the order export into the response, for the page and the API alike. */
public final class OrderExports {

    private OrderExports() {
    }

    public static void write(OrderListing listing, OrderFilter filter, String format, HttpServletResponse response)
            throws IOException {
        TableExport.Format f = ExportDownload.format(format, "order.error.export-format");
        listing.export(filter, f, ExportDownload.start(response, f, "orders-" + LocalDate.now()));
        response.flushBuffer();
    }
}
