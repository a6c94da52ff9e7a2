package org.kehu.support;

/** An attachment of a ticket with its content, for downloading it. */
public record TicketFile(long ticketId, String filename, String contentType, byte[] content) {
}
