package org.kehu.portal.showcase;

import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Showcase files for the back office, published or not: pictures shown in place (their type was read from their
 * content), DIY drawings and CAD files downloaded, within the reviewer's scope.
 */
@RestController
class StaffFilesController {

    private final ShowcaseFiles files;
    private final DiyDesigns designs;

    StaffFilesController(ShowcaseFiles files, DiyDesigns designs) {
        this.files = files;
        this.designs = designs;
    }

    @GetMapping("/showcase/files/{id:\\d+}")
    @PreAuthorize("hasAuthority('portal.content.edit')")
    ResponseEntity<byte[]> content(@PathVariable long id) {
        ShowcaseFiles.FileContent file = files.content(id).filter(f -> f.owner() != FileOwner.DIY)
                .orElseThrow(() -> new RecordNotFoundException("File", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }

    @GetMapping("/diy-designs/{designId:\\d+}/files/{id:\\d+}")
    @PreAuthorize("hasAuthority('portal.design.review')")
    ResponseEntity<byte[]> design(@PathVariable long designId, @PathVariable long id) {
        designs.get(designId); // within the reviewer's scope, else 404
        ShowcaseFiles.FileContent file = files.content(id)
                .filter(f -> f.owner() == FileOwner.DIY && f.ownerId() == designId)
                .orElseThrow(() -> new RecordNotFoundException("File", id));
        if (file.isImage()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
        }
        return Downloads.attachment(file.filename(), file.contentType(), file.content());
    }
}
