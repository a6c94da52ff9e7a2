package org.kehu.portal.showcase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.shared.paging.KeysetPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review of customers' DIY designs over REST, with {@code portal.design.review}, within the caller's data scope
 * (another's answers 404). A step the design's status does not allow answers 409; a rejection without a reason 400
 * naming {@code reason}; a stale {@code version} 409.
 */
@RestController
@RequestMapping("/api/v1/diy-designs")
@Tag(name = "DIY designs", description = "Designs customers uploaded on the portal and their review")
class DiyDesignApi {

    private final DiyDesigns designs;

    DiyDesignApi(DiyDesigns designs) {
        this.designs = designs;
    }

    @GetMapping
    @Operation(summary = "List designs", description = "Filter status (SUBMITTED, ACCEPTED, REJECTED, RECOMMENDED); newest first; keyset paging: pass `next` as `after`.")
    KeysetPage<DiyDesignRow> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return designs.page(DiyStatusParameter.parse(status), after, size);
    }

    @GetMapping("/{id}")
    DiyDesignRow get(@PathVariable long id) {
        return designs.get(id);
    }

    @PostMapping("/{id}/accept")
    DiyDesignRow accept(@PathVariable long id, @RequestBody(required = false) DiyReviewInput input) {
        return designs.accept(id, input == null ? null : input.version());
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject with a reason", description = "`reason` is required (at most 1,000 characters); the customer reads it")
    DiyDesignRow reject(@PathVariable long id, @RequestBody(required = false) DiyReviewInput input) {
        return designs.reject(id, input == null ? null : input.reason(), input == null ? null : input.version());
    }

    @PostMapping("/{id}/recommend")
    @Operation(summary = "Recommend as excellent", description = "Shown on the portal's public pages")
    DiyDesignRow recommend(@PathVariable long id, @RequestBody(required = false) DiyReviewInput input) {
        return designs.recommend(id, input == null ? null : input.version());
    }
}
