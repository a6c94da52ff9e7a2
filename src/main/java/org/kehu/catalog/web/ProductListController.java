package org.kehu.catalog.web;

import java.io.IOException;
import java.time.LocalDate;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.catalog.ProductFilter;
import org.kehu.catalog.ProductListing;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The product list: text, category and status filters, a pager by code, CSV and Excel export. */
@Controller
@PreAuthorize("hasAuthority('product.view')")
class ProductListController {

    static final int PAGE_SIZE = 20;

    private final ProductListing listing;
    private final CatalogPageSupport support;

    ProductListController(ProductListing listing, CatalogPageSupport support) {
        this.listing = listing;
        this.support = support;
    }

    @GetMapping("/products")
    String list(@ModelAttribute("filter") ProductFilter filter, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            HtmxRequest htmx, Model model) {
        model.addAttribute("page", listing.page(filter, after, before, PAGE_SIZE));
        model.addAttribute("query", filter.toQueryString());
        support.labels(model);
        if (htmx.isHtmxRequest() && "product-rows".equals(htmx.getTarget())) {
            return "catalog/product-list :: rows";
        }
        return "catalog/product-list";
    }

    @GetMapping("/products/export")
    @PreAuthorize("hasAuthority('product.export')")
    void export(@ModelAttribute ProductFilter filter, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        write(listing, filter, format, response);
    }

    /** Streams the export into the response, for the page and the API alike. */
    static void write(ProductListing listing, ProductFilter filter, String format, HttpServletResponse response)
            throws IOException {
        TableExport.Format f = ExportDownload.format(format, "catalog.error.export-format");
        listing.export(filter, f, ExportDownload.start(response, f, "products-" + LocalDate.now()));
        response.flushBuffer();
    }
}
