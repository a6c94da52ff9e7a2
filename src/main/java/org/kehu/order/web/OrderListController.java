package org.kehu.order.web;

import java.io.IOException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.order.OrderFilter;
import org.kehu.order.OrderListing;
import org.kehu.shared.paging.CappedCount;
import org.kehu.order.OrderStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The order list: filters, keyset pager and export. */
@Controller
@PreAuthorize("hasAuthority('order.view')")
class OrderListController {

    static final int PAGE_SIZE = 20;

    private final OrderListing listing;
    private final UserDirectory users;

    OrderListController(OrderListing listing, UserDirectory users) {
        this.listing = listing;
        this.users = users;
    }

    @GetMapping("/orders")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String month,
            @RequestParam(required = false) Long customer, @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String q, @RequestParam(required = false) String after,
            HtmxRequest htmx, Model model) {
        OrderFilter filter = new OrderFilter(status, month, customer, owner, q);
        model.addAttribute("page", listing.page(filter, after, PAGE_SIZE));
        CappedCount count = listing.count(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("count", count.value());
        model.addAttribute("countCapped", count.capped());
        model.addAttribute("query", filter.toQueryString());
        model.addAttribute("firstPage", after == null || after.isBlank());
        if (htmx.isHtmxRequest() && "order-rows".equals(htmx.getTarget())) {
            return "order/list :: rows";
        }
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("owners", users.assignableOwners(Permission.ORDER_VIEW));
        return "order/list";
    }

    @GetMapping("/orders/export")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) String month,
            @RequestParam(required = false) Long customer, @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        OrderExports.write(listing, new OrderFilter(status, month, customer, owner, q), format, response);
    }
}
