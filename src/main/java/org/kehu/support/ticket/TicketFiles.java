package org.kehu.support.ticket;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

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
            String[] type = typeOf(u.content()).orElseThrow(() -> InvalidInputException.of(field, "support.error.file-type"));
            return new Checked(nameFor(u.filename(), type[1]), type[0], u.content());
        }).toList();
    }

    /** The content type and the usual extension the content shows. */
    static Optional<String[]> typeOf(byte[] c) {
        if (c.length < 8) {
            return Optional.empty();
        }
        if (starts(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(new String[] {"image/png", "png"});
        }
        if (starts(c, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(new String[] {"image/jpeg", "jpg"});
        }
        if (starts(c, 'G', 'I', 'F', '8')) {
            return Optional.of(new String[] {"image/gif", "gif"});
        }
        if (c.length >= 12 && starts(c, 'R', 'I', 'F', 'F') && new String(c, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(new String[] {"image/webp", "webp"});
        }
        if (starts(c, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(new String[] {"application/pdf", "pdf"});
        }
        return Optional.empty();
    }

    private static String nameFor(String uploaded, String extension) {
        String name = uploaded == null ? "" : uploaded.replaceAll("[\\\\/]", "_").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean matches = lower.endsWith("." + extension) || "jpg".equals(extension) && lower.endsWith(".jpeg");
        String result = matches ? name : name + "." + extension;
        return result.length() > 255 ? result.substring(result.length() - 255) : result;
    }

    private static boolean starts(byte[] content, int... signature) {
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
