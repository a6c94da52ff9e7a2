package org.kehu.office.message;

import java.net.URI;

import org.kehu.shared.paging.KeysetPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Internal messages over REST: the caller's own only; anyone else's answers 404 like an unknown one. */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "Messages", description = "Internal messages between users: inbox, sent, replies")
class MessageApi {

    private final MessageBox box;

    MessageApi(MessageBox box) {
        this.box = box;
    }

    @GetMapping
    @Operation(summary = "List the caller's messages", description = "box=inbox (default) or sent; newest first; keyset "
            + "paging: pass `next` as `after`")
    KeysetPage<MessageRow> list(@RequestParam(defaultValue = "inbox") String box,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return switch (box) {
            case "inbox" -> this.box.inbox(after, size);
            case "sent" -> this.box.sent(after, size);
            default -> throw org.kehu.shared.InvalidInputException.of("box", "office.message.error.box");
        };
    }

    @GetMapping("/unread-count")
    long unreadCount() {
        return box.unreadCount();
    }

    @GetMapping("/{id}")
    MessageDetails get(@PathVariable long id) {
        return box.get(id);
    }

    @PostMapping
    @Operation(summary = "Send a message or a reply", description = "`recipientIds` (enabled users), `subject`, `body`; "
            + "a reply sets `replyToId` and may leave out recipients (back to the other side) and subject (\"Re: ...\")")
    ResponseEntity<MessageDetails> send(@RequestBody MessageInput input) {
        MessageDetails sent = box.send(input);
        return ResponseEntity.created(URI.create("/api/v1/messages/" + sent.id())).body(sent);
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable long id) {
        box.markRead(id);
    }
}
