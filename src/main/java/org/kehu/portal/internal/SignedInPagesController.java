package org.kehu.portal.internal;

import org.kehu.customer.ContactSelfService;
import org.kehu.order.CustomerOrders;
import org.kehu.order.PortalOrders;
import org.kehu.portal.PortalUser;
import org.kehu.portal.PortalUsers;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.support.CustomerTickets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in customer's own pages: their summary, their company's orders and one order with its tracking. */
@Controller
class SignedInPagesController {

    static final int PAGE_SIZE = 20;

    private final ContactSelfService contacts;
    private final CustomerOrders orders;
    private final CustomerTickets tickets;
    private final PortalOrders portalOrders;

    SignedInPagesController(ContactSelfService contacts, CustomerOrders orders, CustomerTickets tickets,
            PortalOrders portalOrders) {
        this.contacts = contacts;
        this.portalOrders = portalOrders;
        this.orders = orders;
        this.tickets = tickets;
    }

    @GetMapping("/portal/me")
    String me(Model model) {
        PortalUser user = PortalUsers.require();
        model.addAttribute("user", user);
        model.addAttribute("company", contacts.customer(user.customerId())
                .orElseThrow(() -> new RecordNotFoundException("Customer", user.customerId())));
        model.addAttribute("openOrders", orders.countOpen(user.customerId()));
        model.addAttribute("openTickets", tickets.countOpen(user.customerId()));
        return "portal/me";
    }

    @GetMapping("/portal/orders")
    String orders(@RequestParam(defaultValue = "ALL") CustomerOrders.Which show,
            @RequestParam(required = false) String after, Model model) {
        PortalUser user = PortalUsers.require();
        model.addAttribute("show", show);
        model.addAttribute("tabs", CustomerOrders.Which.values());
        model.addAttribute("page", orders.page(user.customerId(), show, after, PAGE_SIZE));
        return "portal/orders";
    }

    @GetMapping("/portal/orders/{number}")
    String order(@PathVariable String number, Model model) {
        PortalUser user = PortalUsers.require();
        var order = orders.find(user.customerId(), number).orElseThrow(() -> new RecordNotFoundException("Order", number));
        model.addAttribute("order", order);
        model.addAttribute("tracking", orders.tracking(user.customerId(), order.id()));
        model.addAttribute("configurations", portalOrders.configurations(order.id()));
        return "portal/order";
    }
}
