package org.kehu.portal.showcase;

import java.time.Duration;

import org.kehu.shared.RecordNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pictures of the public pages, to anyone: only images (their type was read from their content when stored),
 * and only of what is shown publicly: products, published enterprises and concepts, recommended designs. Anything
 * else answers 404, like an unknown id.
 */
@RestController
class PortalFilesController {

    private final ShowcaseFiles files;
    private final Enterprises enterprises;
    private final Concepts concepts;
    private final DiyDesigns designs;

    PortalFilesController(ShowcaseFiles files, Enterprises enterprises, Concepts concepts, DiyDesigns designs) {
        this.files = files;
        this.enterprises = enterprises;
        this.concepts = concepts;
        this.designs = designs;
    }

    @GetMapping("/portal/files/{id:\\d+}")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        ShowcaseFiles.FileContent file = files.content(id).filter(ShowcaseFiles.FileContent::isImage)
                .filter(this::isPublic).orElseThrow(() -> new RecordNotFoundException("File", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .body(file.content());
    }

    private boolean isPublic(ShowcaseFiles.FileContent file) {
        return switch (file.owner()) {
            case PRODUCT -> true;
            case ENTERPRISE -> enterprises.published(file.ownerId()).isPresent();
            case CONCEPT -> concepts.published(file.ownerId()).isPresent();
            case DIY -> designs.isRecommended(file.ownerId());
        };
    }
}
