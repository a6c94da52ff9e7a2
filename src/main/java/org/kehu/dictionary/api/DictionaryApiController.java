package org.kehu.dictionary.api;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.internal.DictionaryAdmin;
import org.kehu.dictionary.internal.EntryForm;
import org.kehu.dictionary.internal.EntryRow;
import org.kehu.shared.web.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The data dictionary over REST: any signed-in user reads, {@code dictionary.edit} changes. */
@RestController
@RequestMapping("/api/v1/dictionary")
class DictionaryApiController {

    record TypeJson(String type, String label, long entries) {
    }

    private final DictionaryAdmin admin;
    private final ApiValidation validation;
    private final Messages messages;

    DictionaryApiController(DictionaryAdmin admin, ApiValidation validation, Messages messages) {
        this.admin = admin;
        this.validation = validation;
        this.messages = messages;
    }

    @GetMapping
    List<TypeJson> types() {
        Map<DictionaryType, Long> counts = admin.counts();
        return Arrays.stream(DictionaryType.values())
                .map(t -> new TypeJson(t.name(), messages.text("dictionary.type." + t.name()), counts.get(t)))
                .toList();
    }

    @GetMapping("/{type}")
    List<EntryRow> entries(@PathVariable String type) {
        return admin.entries(DictionaryAdmin.type(type));
    }

    @GetMapping("/{type}/{code}")
    EntryRow entry(@PathVariable String type, @PathVariable String code) {
        return admin.entry(DictionaryAdmin.type(type), code);
    }

    @PostMapping("/{type}")
    @PreAuthorize("hasAuthority('dictionary.edit')")
    ResponseEntity<EntryRow> create(@PathVariable String type, @RequestBody(required = false) EntryForm body) {
        validation.check(body);
        EntryRow created = admin.create(DictionaryAdmin.type(type), body);
        return ResponseEntity.created(URI.create("/api/v1/dictionary/" + created.type().name() + "/" + created.code()))
                .body(created);
    }

    /** Updates labels, order and the enabled flag; {@code version} must be the one last read. */
    @PutMapping("/{type}/{code}")
    @PreAuthorize("hasAuthority('dictionary.edit')")
    EntryRow update(@PathVariable String type, @PathVariable String code, @RequestBody(required = false) EntryForm body) {
        DictionaryType t = DictionaryAdmin.type(type);
        EntryRow current = admin.entry(t, code);
        if (body != null) {
            body.setCode(current.code());
        }
        validation.check(body);
        return admin.update(t, code, body);
    }

    /** Deletes an entry; one in use answers 409 and can only be disabled. */
    @DeleteMapping("/{type}/{code}")
    @PreAuthorize("hasAuthority('dictionary.edit')")
    ResponseEntity<Void> delete(@PathVariable String type, @PathVariable String code) {
        admin.delete(DictionaryAdmin.type(type), code);
        return ResponseEntity.noContent().build();
    }
}
