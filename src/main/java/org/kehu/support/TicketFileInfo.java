package org.kehu.support;

/** A stored attachment of a ticket without its content, for lists and links. */
public record TicketFileInfo(long id, Long messageId, String filename, String contentType, long sizeBytes) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
