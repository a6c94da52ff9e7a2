package org.kehu.home;

import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerListing;
import org.kehu.identity.Permission;
import org.kehu.office.Agenda;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.Formats;
import org.kehu.shared.paging.CappedCount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: how many customers the user looks after and which were changed last. */
@Controller
class HomeController {

    private static final int RECENT = 8;

    record RecentCustomer(long id, String code, String name, String ownerName, String updated) {
    }

    /** At most this many of today's tasks, and as many overdue ones; the counts link to the full lists. */
    private static final int AGENDA = 8;

    /** A task of the "due today" box, with its time as the reader reads it. */
    record DueTask(String title, String due, boolean overdue, String customerName, String link) {
    }

    private final CustomerListing customers;
    private final UserDirectory users;
    private final Agenda agenda;

    HomeController(CustomerListing customers, UserDirectory users, Agenda agenda) {
        this.customers = customers;
        this.users = users;
        this.agenda = agenda;
    }

    @GetMapping("/")
    String home(Model model) {
        if (users.requireCurrentUser().can(Permission.CUSTOMER_VIEW)) {
            CustomerFilter all = CustomerFilter.none();
            CappedCount count = customers.count(all);
            model.addAttribute("customerCount", count.value());
            model.addAttribute("customerCountCapped", count.capped());
            model.addAttribute("customerCountLimit", CappedCount.LIMIT);
            model.addAttribute("recentCustomers", customers.page(all, null, null, RECENT).items().stream()
                    .map(c -> new RecentCustomer(c.id(), c.code(), c.name(), c.ownerName(), Formats.dateTime(c.updatedAt())))
                    .toList());
        }
        Agenda.Day day = agenda.day(AGENDA);
        model.addAttribute("agenda", day);
        model.addAttribute("todayTasks", dueTasks(day.today()));
        model.addAttribute("overdueTasks", dueTasks(day.overdue()));
        return "home/index";
    }

    private static java.util.List<DueTask> dueTasks(java.util.List<org.kehu.office.AgendaItem> items) {
        return items.stream()
                .map(t -> new DueTask(t.title(), Formats.dateTime(t.dueAt()), t.overdue(), t.customerName(), t.link()))
                .toList();
    }
}
