package org.kehu.portal.guestbook;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.support.TicketDetails;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Guestbook moderation over REST, with {@code guestbook.moderate}: the posts with filters, keyset paged; hide (a
 * reason is required), unhide, delete, answer as staff, and make a suggestion ticket. Bad input answers 400
 * problem+json naming the field; a step the post's status does not allow, or a stale {@code version}, 409.
 */
@RestController
@RequestMapping("/api/v1/guestbook")
@PreAuthorize("hasAuthority('guestbook.moderate')")
@Tag(name = "Guestbook", description = "Customers' guestbook posts and their moderation")
class GuestbookApi {

    /** A moderator's step on one post: the reason of a hiding, the version read. */
    record StepInput(String reason, Long version) {
    }

    /** A staff answer's text. */
    record AnswerInput(String text) {
    }

    private final GuestbookModeration moderation;

    GuestbookApi(GuestbookModeration moderation) {
        this.moderation = moderation;
    }

    @GetMapping
    @Operation(summary = "List posts", description = "Filters: status (VISIBLE, HIDDEN, DELETED; default visible and hidden), "
            + "from/to (days written, ISO dates), q (text or author); newest first; keyset paging: pass `next` as `after`.")
    KeysetPage<GuestbookPost> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        if (q != null && q.length() > 200) {
            throw InvalidInputException.of("q", "guestbook.error.too-long");
        }
        return moderation.page(new ModerationFilter(status(status), from, to, q), after, size);
    }

    @GetMapping("/{id}")
    GuestbookPost get(@PathVariable long id) {
        return moderation.get(id);
    }

    @PostMapping("/{id}/hide")
    @Operation(summary = "Hide a post", description = "`reason` is required (at most 500 characters); the author reads it")
    GuestbookPost hide(@PathVariable long id, @RequestBody(required = false) StepInput input) {
        return moderation.hide(id, input == null ? null : input.reason(), input == null ? null : input.version());
    }

    @PostMapping("/{id}/unhide")
    GuestbookPost unhide(@PathVariable long id, @RequestBody(required = false) StepInput input) {
        return moderation.unhide(id, input == null ? null : input.version());
    }

    @PostMapping("/{id}/delete")
    GuestbookPost delete(@PathVariable long id, @RequestBody(required = false) StepInput input) {
        return moderation.delete(id, input == null ? null : input.version());
    }

    @PostMapping("/{id}/answer")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answer the post's thread as staff")
    GuestbookPost answer(@PathVariable long id, @RequestBody(required = false) AnswerInput input) {
        return moderation.answer(id, input == null ? null : input.text());
    }

    @PostMapping("/{id}/ticket")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a suggestion ticket of a customer's post",
            description = "Needs `ticket.create` too; `categoryCode` (SUGGESTION_CATEGORY) and `departmentId` are required")
    TicketDetails ticket(@PathVariable long id, @RequestBody(required = false) SuggestionTicketRequest input) {
        return moderation.toTicket(id, input == null ? new SuggestionTicketRequest(null, null, null) : input);
    }

    /** A status parameter: blank is none; an unknown one is refused naming {@code status}. */
    static PostStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PostStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "guestbook.error.status");
        }
    }
}
