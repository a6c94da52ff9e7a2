package org.kehu.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kehu.customer.CustomerManagement;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Past conversations for staff: the history ({@code /chat/history}, newest first, keyset paged, by customer,
 * operator and day), a transcript, and the customer page's card. What a user sees: conversations of customers in
 * their data scope, and those they answered themselves (an operator keeps their own work even for a customer
 * outside their scope). The history is the operators' (chat.answer); a transcript and the card are also for those
 * who see the customer (an account manager reads their customers' conversations).
 */
@Controller
class ChatHistoryController {

    static final int PAGE = 30;
    static final int CARD = 10;

    private final ChatStore store;
    private final ChatTexts texts;
    private final UserDirectory users;
    private final CustomerManagement customers;

    ChatHistoryController(ChatStore store, ChatTexts texts, UserDirectory users, CustomerManagement customers) {
        this.store = store;
        this.texts = texts;
        this.users = users;
        this.customers = customers;
    }

    @GetMapping("/chat/history")
    @PreAuthorize("hasAuthority('chat.answer')")
    String history(@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long operatorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "30") int size,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser me = users.requireCurrentUser();
        LocalDate start = within(from, "from");
        LocalDate end = within(to, "to");
        var filter = new ChatStore.HistoryFilter(customerId, operatorId,
                start == null ? null : start.atStartOfDay(BusinessTime.ZONE).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
        int n = PageBounds.size(size, 100);
        Cursor.Position<Instant> position = Cursor.given(after) ? Cursor.parse(after, "after", Instant.class) : null;
        List<Conversation> rows = store.history(filter, users.ownerScope(me), me.id(),
                position == null ? null : position.value(), position == null ? null : position.id(), n + 1);
        KeysetPage<Conversation> page = KeysetPage.forward(rows, n, c -> Cursor.of(c.startedAt(), c.id()));
        model.addAttribute("page", page);
        model.addAttribute("customerId", customerId);
        model.addAttribute("customerName", customerId == null ? null : java.util.Optional.ofNullable(customers.summaries(List.of(customerId)).get(customerId)).map(org.kehu.customer.CustomerSummary::name).orElse(null));
        model.addAttribute("operatorId", operatorId);
        model.addAttribute("operators", users.usersWith(Permission.CHAT_ANSWER));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("query", query(customerId, operatorId, start, end));
        model.addAttribute("showFirst", position != null);
        return htmx != null ? "chat/history :: rows" : "chat/history";
    }

    @GetMapping("/chat/conversations/{id}")
    @PreAuthorize("hasAnyAuthority('chat.answer', 'customer.view')")
    String transcript(@PathVariable long id, Model model, Locale locale) {
        CurrentUser me = users.requireCurrentUser();
        if (!store.visible(id, users.ownerScope(me), me.id())) {
            throw new RecordNotFoundException("Conversation", id);
        }
        Conversation c = store.find(id).orElseThrow(() -> new RecordNotFoundException("Conversation", id));
        model.addAttribute("conversation", c);
        model.addAttribute("messages", store.messages(id).stream().map(m -> texts.render(m, locale)).toList());
        return "chat/transcript";
    }

    /** The customer page's card: the customer's latest conversations (404 outside the scope, as the page). */
    @GetMapping("/chat/of-customer/{customerId}")
    @PreAuthorize("hasAuthority('customer.view')")
    String ofCustomer(@PathVariable long customerId, Model model) {
        customers.get(customerId);
        List<Conversation> rows = store.ofCustomer(customerId, CARD);
        List<String> questions = new ArrayList<>();
        rows.forEach(c -> questions.add(store.firstQuestion(c.id()).orElse("")));
        model.addAttribute("rows", rows);
        model.addAttribute("questions", questions);
        return "chat/customer-card :: card";
    }

    /** A day within the dates every form accepts; another is a 400 naming the field. */
    private static LocalDate within(LocalDate day, String field) {
        if (day != null && !InputLimits.isWithinDateRange(day)) {
            throw InvalidInputException.of(field, "input.error.date-range");
        }
        return day;
    }

    private static String query(Long customerId, Long operatorId, LocalDate from, LocalDate to) {
        var b = UriComponentsBuilder.newInstance();
        if (customerId != null) {
            b.queryParam("customerId", customerId);
        }
        if (operatorId != null) {
            b.queryParam("operatorId", operatorId);
        }
        if (from != null) {
            b.queryParam("from", from);
        }
        if (to != null) {
            b.queryParam("to", to);
        }
        String q = b.build().encode().getQuery();
        return q == null ? "" : q;
    }
}
