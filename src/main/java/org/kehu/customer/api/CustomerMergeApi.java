package org.kehu.customer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.kehu.customer.internal.merge.CustomerMerger;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/customers/{targetId}/merge} with {@code {"sourceId": n, "version": targetVersion}}:
 * merges the source into the target and answers the merged target's id and new version.
 */
@RestController
class CustomerMergeApi {

    record MergeRequest(@NotNull Long sourceId, @NotNull Long version) {
    }

    record MergeResult(long id, long version, long mergedSourceId) {
    }

    private final CustomerMerger merger;

    CustomerMergeApi(CustomerMerger merger) {
        this.merger = merger;
    }

    @PostMapping("/api/v1/customers/{targetId}/merge")
    @PreAuthorize("hasAuthority('customer.edit')")
    ResponseEntity<MergeResult> merge(@PathVariable long targetId, @Valid @RequestBody MergeRequest request) {
        merger.merge(targetId, request.sourceId(), request.version());
        long version = ((Number) merger.read(targetId).get("version")).longValue();
        return ResponseEntity.ok(new MergeResult(targetId, version, request.sourceId()));
    }
}
