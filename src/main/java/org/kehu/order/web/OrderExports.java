package org.kehu.order.web;

import java.io.IOException;
import java.time.LocalDate;

import org.kehu.order.OrderFilter;
import org.kehu.order.OrderListing;
import org.kehu.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/** Streams the order export into the response, for the page and the API alike. */
public final class OrderExports {

    private OrderExports() {
    }

    public static void write(OrderListing listing, OrderFilter filter, String format, HttpServletResponse response)
            throws IOException {
        OrderListing.Format f;
        if ("csv".equalsIgnoreCase(format)) {
            f = OrderListing.Format.CSV;
        } else if ("xlsx".equalsIgnoreCase(format)) {
            f = OrderListing.Format.XLSX;
        } else {
            throw InvalidInputException.of("format", "order.error.export-format");
        }
        String filename = "orders-" + LocalDate.now() + (f == OrderListing.Format.CSV ? ".csv" : ".xlsx");
        response.setContentType(f == OrderListing.Format.CSV ? "text/csv;charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        listing.export(filter, f, response.getOutputStream());
        response.flushBuffer();
    }
}
