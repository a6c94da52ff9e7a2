package org.kehu.office.addressbook;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * The address book over REST: a search over staff, the contacts of customers within the caller's scope (paged) and
 * the caller's personal entries, and the personal entries' create, update and delete.
 */
@RestController
@RequestMapping("/api/v1/address-book")
@Tag(name = "Address book", description = "Staff, customers' contacts within the caller's scope, and personal entries")
class AddressBookApi {

    /** One search's answer: each part of the address book; the contacts page on with {@code contacts.next}. */
    record Found(List<AddressCard> staff, KeysetPage<AddressCard> contacts, List<AddressCard> personal) {
    }

    private final AddressBook book;
    private final PersonalEntries entries;
    private final UserDirectory users;

    AddressBookApi(AddressBook book, PersonalEntries entries, UserDirectory users) {
        this.book = book;
        this.entries = entries;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Search the address book", description = "q matches name, organisation, phone numbers and "
            + "e-mail, and letters alone the pinyin initials of the name (zm finds 周敏); contacts are paged by name "
            + "(pass contacts.next as after)")
    Found search(@RequestParam(required = false) String q, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        CurrentUser reader = users.requireCurrentUser();
        return new Found(book.staff(q), book.contacts(reader, q, after, size), book.personal(reader, q));
    }

    @PostMapping("/entries")
    @Operation(summary = "Add a personal entry")
    ResponseEntity<PersonalEntry> create(@Valid @RequestBody PersonalEntryForm form) {
        PersonalEntry created = entries.create(users.requireCurrentUser().id(), form);
        return ResponseEntity.created(URI.create("/api/v1/address-book/entries/" + created.id())).body(created);
    }

    @GetMapping("/entries/{id}")
    PersonalEntry get(@PathVariable long id) {
        return entries.get(users.requireCurrentUser().id(), id);
    }

    @PutMapping("/entries/{id}")
    @Operation(summary = "Change a personal entry", description = "`version` is required; a stale one answers 409")
    PersonalEntry update(@PathVariable long id, @Valid @RequestBody PersonalEntryForm form) {
        return entries.update(users.requireCurrentUser().id(), id, form);
    }

    @DeleteMapping("/entries/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        entries.delete(users.requireCurrentUser().id(), id);
    }
}
