package org.kehu.support;

/**
 * A file attached to a ticket or one of its messages as it arrives from a form: the name the sender's computer gave
 * it and its bytes. Its type is read from the content when it is stored, never taken from the name.
 */
public record TicketUpload(String filename, byte[] content) {
}
