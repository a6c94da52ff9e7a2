package org.kehu.portal.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.kehu.support.TicketUpload;
import org.springframework.web.multipart.MultipartFile;

/** Form files as ticket uploads; a file input left empty sends an empty part, which is left out. */
final class Uploads {

    private Uploads() {
    }

    static List<TicketUpload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                return new TicketUpload(f.getOriginalFilename(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
