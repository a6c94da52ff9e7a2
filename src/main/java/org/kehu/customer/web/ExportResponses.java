package org.kehu.customer.web;

import java.io.IOException;
import java.time.LocalDate;

import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerListing;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;

import jakarta.servlet.http.HttpServletResponse;

/** Streams the customer export into the response, for the page and the API alike. */
public final class ExportResponses {

    private ExportResponses() {
    }

    public static void write(CustomerListing listing, CustomerFilter filter, String format, HttpServletResponse response)
            throws IOException {
        TableExport.Format f = ExportDownload.format(format, "customer.error.export-format");
        listing.export(filter, f, ExportDownload.start(response, f, "customers-" + LocalDate.now()));
        response.flushBuffer();
    }
}
