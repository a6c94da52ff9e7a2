package org.kehu.customer.web;

import java.io.IOException;
import java.time.LocalDate;

import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerListing;
import org.kehu.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/** Streams the customer export into the response, for the page and the API alike. */
public final class ExportResponses {

    private ExportResponses() {
    }

    public static void write(CustomerListing listing, CustomerFilter filter, String format, HttpServletResponse response)
            throws IOException {
        CustomerListing.Format f;
        if ("csv".equalsIgnoreCase(format)) {
            f = CustomerListing.Format.CSV;
        } else if ("xlsx".equalsIgnoreCase(format)) {
            f = CustomerListing.Format.XLSX;
        } else {
            throw InvalidInputException.of("format", "customer.error.export-format");
        }
        String filename = "customers-" + LocalDate.now() + (f == CustomerListing.Format.CSV ? ".csv" : ".xlsx");
        response.setContentType(f == CustomerListing.Format.CSV ? "text/csv;charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        listing.export(filter, f, response.getOutputStream());
        response.flushBuffer();
    }
}
