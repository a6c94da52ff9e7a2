package org.kehu.marketing.segment;

import java.util.List;

import org.kehu.identity.UserDirectory;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Segments over REST. A segment answers with its live count and the first members, both in the reader's data scope;
 * its members page by keyset ({@code after}). A filter that breaks a bound, or names a field that does not exist,
 * answers 400 problem+json naming the field; a change from an old version answers 409.
 */
@RestController
@RequestMapping("/api/v1/segments")
@PreAuthorize("hasAuthority('marketing.segment.view')")
class SegmentApi {

    /** A segment with what it selects now, in the reader's scope. */
    record SegmentResource(SegmentDetails segment, long count, List<SegmentMember> preview) {
    }

    /** The count and preview of a filter not yet saved. */
    record CountResource(long count, List<SegmentMember> preview) {
    }

    private final Segments segments;
    private final UserDirectory users;

    SegmentApi(Segments segments, UserDirectory users) {
        this.segments = segments;
        this.users = users;
    }

    @GetMapping
    KeysetPage<SegmentRow> list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return segments.list(after, size);
    }

    @GetMapping("/{id}")
    SegmentResource get(@PathVariable long id) {
        return resource(segments.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('marketing.segment.edit')")
    ResponseEntity<SegmentResource> create(@RequestBody SegmentInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(segments.create(input)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('marketing.segment.edit')")
    SegmentResource update(@PathVariable long id, @RequestBody SegmentInput input) {
        return resource(segments.update(id, input));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('marketing.segment.edit')")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
        segments.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    /** Counts and previews a filter without saving it (what the editor shows while the filter is built). */
    @PostMapping("/count")
    CountResource count(@RequestBody SegmentCriteria criteria) {
        var scope = users.ownerScope();
        return new CountResource(segments.count(criteria, scope), segments.preview(criteria, scope));
    }

    @GetMapping("/{id}/members")
    KeysetPage<SegmentMember> members(@PathVariable long id, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return segments.members(id, users.ownerScope(), after, size);
    }

    private SegmentResource resource(SegmentDetails s) {
        var scope = users.ownerScope();
        return new SegmentResource(s, segments.count(s.criteria(), scope), segments.preview(s.criteria(), scope));
    }
}
