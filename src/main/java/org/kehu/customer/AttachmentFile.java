package org.kehu.customer;

/** An attachment with its content, for download. */
public record AttachmentFile(String filename, String contentType, byte[] content) {
}
