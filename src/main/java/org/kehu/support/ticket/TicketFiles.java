package org.kehu.support.ticket;

import java.util.List;

import org.kehu.shared.FileType;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.support.TicketUpload;

/**
 * The files a ticket accepts, recognised by their content, never by the name or the type the browser claims (a
 * script renamed {@code .png} is refused): photographs of a fault (PNG, JPEG, GIF, WebP) and PDF documents (a
 * delivery note, an invoice). Every file of a request is checked before any is stored, so that a refused file
 * leaves nothing half-saved.
 */
public final class TicketFiles {

    /** A message or a new ticket carries at most this many files. */
    public static final int MAX_FILES = 5;
    /** A phone photograph or a scanned document. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A checked file: the name to store (its extension matching the content) and the type read from the content. */
    public record Checked(String filename, String contentType, byte[] content) {
    }

    private TicketFiles() {
    }

    /** Photographs and PDF documents; CAD drawings belong to DIY designs, not to tickets. */
    private static boolean accepted(FileType type) {
        return type.isImage() || type == FileType.PDF;
    }

    /** Checks every upload; a refusal names {@code field}. */
    public static List<Checked> check(List<TicketUpload> uploads, String field) {
        List<TicketUpload> files = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && u.content() != null && u.content().length > 0).toList();
        if (files.size() > MAX_FILES) {
            throw InvalidInputException.of(field, "support.error.too-many-files");
        }
        return files.stream().map(u -> {
            if (u.content().length > MAX_BYTES) {
                throw InvalidInputException.of(field, "support.error.file-too-large");
            }
            if (InputLimits.hasControlCharacter(u.filename() == null ? "" : u.filename())) {
                throw InvalidInputException.of(field, "support.error.file-type");
            }
            FileType type = FileType.of(u.filename(), u.content()).filter(TicketFiles::accepted)
                    .orElseThrow(() -> InvalidInputException.of(field, "support.error.file-type"));
            return new Checked(type.nameFor(u.filename()), type.contentType(), u.content());
        }).toList();
    }

}
