package org.kehu.support.ticket.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.support.HandlingInput;
import org.kehu.support.ServiceTickets;
import org.kehu.support.SlaState;
import org.kehu.support.TicketDetails;
import org.kehu.support.TicketInput;
import org.kehu.support.TicketPart;
import org.kehu.support.TicketStep;
import org.kehu.support.ticket.TicketExport;
import org.kehu.support.ticket.TicketFilter;
import org.kehu.support.ticket.TicketListing;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.support.ticket.TicketRow;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service tickets over REST: list (the page's views and filters, keyset paging with {@code after}), export,
 * read, create, edit, and one POST per step of the flow. A step out of order answers 409 with the reason;
 * bad input 400 naming the fields.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@PreAuthorize("hasAuthority('ticket.view')")
class TicketApi {

    private final ServiceTickets tickets;
    private final TicketListing listing;
    private final TicketExport export;

    TicketApi(ServiceTickets tickets, TicketListing listing, TicketExport export) {
        this.tickets = tickets;
        this.listing = listing;
        this.export = export;
    }

    /** A ticket with where it stands against its service levels, its steps and spare parts. */
    record TicketView(TicketDetails ticket, SlaState sla, List<TicketStep> steps, List<TicketPart> parts) {
    }

    record AssignRequest(Long assigneeId, String note, Long version) {
    }

    record FeedbackRequest(Integer satisfaction, String comment, Long version) {
    }

    record TextRequest(String text, Long version) {
    }

    @GetMapping
    KeysetPage<TicketRow> list(TicketFilter filter, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return listing.page(filter, after, size);
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('ticket.export')")
    void export(TicketFilter filter, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response)
            throws IOException {
        export.write(filter, format, response);
    }

    @GetMapping("/{id}")
    TicketView get(@PathVariable long id) {
        return view(tickets.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TicketView create(@RequestBody TicketInput input) {
        return view(tickets.create(input));
    }

    @PutMapping("/{id}")
    TicketView update(@PathVariable long id, @RequestBody TicketInput input) {
        return view(tickets.update(id, input));
    }

    @PostMapping("/{id}/assign")
    TicketView assign(@PathVariable long id, @RequestBody AssignRequest body) {
        return view(tickets.assign(id, body.assigneeId(), body.note(), body.version()));
    }

    @PostMapping("/{id}/handle")
    TicketView handle(@PathVariable long id, @RequestBody HandlingInput body) {
        return view(tickets.handle(id, body));
    }

    @PostMapping("/{id}/feedback")
    TicketView feedback(@PathVariable long id, @RequestBody FeedbackRequest body) {
        return view(tickets.feedback(id, body.satisfaction(), body.comment(), body.version()));
    }

    @PostMapping("/{id}/review")
    TicketView review(@PathVariable long id, @RequestBody TextRequest body) {
        return view(tickets.review(id, body.text(), body.version()));
    }

    @PostMapping("/{id}/archive")
    TicketView archive(@PathVariable long id, @RequestBody(required = false) TextRequest body) {
        return view(tickets.archive(id, body == null ? null : body.text(), body == null ? null : body.version()));
    }

    @PostMapping("/{id}/reopen")
    TicketView reopen(@PathVariable long id, @RequestBody TextRequest body) {
        return view(tickets.reopen(id, body.text(), body.version()));
    }

    @PostMapping("/{id}/instruction")
    TicketView instruct(@PathVariable long id, @RequestBody TextRequest body) {
        return view(tickets.instruct(id, body.text(), body.version()));
    }

    private TicketView view(TicketDetails t) {
        return new TicketView(t, tickets.sla(t), tickets.steps(t.id()), tickets.parts(t.id()));
    }
}
