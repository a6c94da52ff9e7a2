package org.kehu.office.announcement;

import java.net.URI;

import org.kehu.shared.paging.KeysetPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Announcements over REST: the caller's own (those addressed to them in their publish period, and those they wrote).
 * One addressed to others answers 404 like an unknown one.
 */
@RestController
@RequestMapping("/api/v1/announcements")
@Tag(name = "Announcements", description = "Announcements to everyone or to departments, read and confirmed per user")
class AnnouncementApi {

    private final AnnouncementBoard board;

    AnnouncementApi(AnnouncementBoard board) {
        this.board = board;
    }

    @GetMapping
    @Operation(summary = "List the caller's announcements", description = "Newest publish day first; unread=true keeps "
            + "those not read yet; keyset paging: pass `next` as `after`. For must-read ones the author and administrators "
            + "get `confirmed` of `addressed`.")
    KeysetPage<AnnouncementRow> list(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return board.page(unread, after, size);
    }

    @GetMapping("/{id}")
    AnnouncementDetails get(@PathVariable long id) {
        return board.get(id);
    }

    @PostMapping
    @Operation(summary = "Publish an announcement", description = "To everyone (`everyone`: true) or to `departmentIds` "
            + "(each with its sub-departments); `publishedFrom` required, `publishedUntil` optional (both days included); "
            + "`format` TEXT or MARKDOWN. Needs announcement.publish.")
    ResponseEntity<AnnouncementDetails> create(@RequestBody AnnouncementInput input) {
        AnnouncementDetails created = board.create(input);
        return ResponseEntity.created(URI.create("/api/v1/announcements/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an announcement", description = "Its author or an administrator; `version` is required, "
            + "a stale one answers 409")
    AnnouncementDetails update(@PathVariable long id, @RequestBody AnnouncementInput input) {
        return board.update(id, input);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark an announcement read", description = "A must-read one is confirmed too; again is no change")
    AnnouncementDetails read(@PathVariable long id) {
        return board.confirm(id);
    }
}
