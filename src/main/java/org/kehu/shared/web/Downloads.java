package org.kehu.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file sent back as a download: always as an attachment, never rendered by the browser. */
public final class Downloads {

    private Downloads() {
    }

    /** The file with its recorded type (octet-stream when unknown or malformed) and its UTF-8 name. */
    public static ResponseEntity<byte[]> attachment(String filename, String contentType, byte[] content) {
        MediaType type;
        try {
            type = contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
        } catch (RuntimeException malformed) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
