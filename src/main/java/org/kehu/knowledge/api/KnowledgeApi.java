package org.kehu.knowledge.api;

import java.util.List;

import org.kehu.knowledge.ArticleDetails;
import org.kehu.knowledge.ArticleFilter;
import org.kehu.knowledge.ArticleInput;
import org.kehu.knowledge.ArticleRow;
import org.kehu.knowledge.Audience;
import org.kehu.knowledge.KnowledgeBase;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Knowledge articles over REST for staff. An article answers with its version as ETag; a change names the version it
 * was made from in the body ({@code version}) or as {@code If-Match}, and answers 409 when someone saved since.
 * Bad input answers 400 (problem+json) naming the fields.
 */
@RestController
@RequestMapping("/api/v1/knowledge")
@PreAuthorize("hasAuthority('knowledge.view')")
class KnowledgeApi {

    private final KnowledgeBase knowledge;

    KnowledgeApi(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/articles")
    KeysetPage<ArticleRow> list(ArticleFilter filter, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return knowledge.list(filter, after, size);
    }

    @GetMapping("/search")
    List<ArticleRow> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "20") int size) {
        if (q == null || q.isBlank()) {
            throw InvalidInputException.of("q", "knowledge.error.required");
        }
        return knowledge.search(q, Audience.STAFF, size);
    }

    @GetMapping("/articles/{id}")
    ResponseEntity<ArticleDetails> get(@PathVariable long id) {
        return withETag(HttpStatus.OK, knowledge.get(id));
    }

    @PostMapping("/articles")
    ResponseEntity<ArticleDetails> create(@RequestBody ArticleInput input) {
        return withETag(HttpStatus.CREATED, knowledge.create(input));
    }

    @PutMapping("/articles/{id}")
    ResponseEntity<ArticleDetails> update(@PathVariable long id, @RequestBody ArticleInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ArticleInput in = input.version() != null ? input : new ArticleInput(input.title(), input.body(), input.category(),
                input.tags(), input.visibility(), input.status(), version(ifMatch));
        return withETag(HttpStatus.OK, knowledge.update(id, in));
    }

    @DeleteMapping("/articles/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        knowledge.delete(id, version != null ? version : version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ArticleDetails> withETag(HttpStatus status, ArticleDetails a) {
        return ResponseEntity.status(status).eTag("\"" + a.version() + "\"").body(a);
    }

    /** The version an If-Match header names ({@code "3"} or {@code W/"3"}); null without one; 400 when not a version. */
    static Long version(String ifMatch) {
        return IfMatch.version(ifMatch, "knowledge.error.version");
    }
}
