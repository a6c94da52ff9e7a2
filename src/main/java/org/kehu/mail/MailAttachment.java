package org.kehu.mail;

/**
 * A file sent with a message: the name the recipient sees, its content type and its bytes. The sender checks
 * the file (type and size) before handing it over; the mail module stores and sends it as it is.
 */
public record MailAttachment(String filename, String contentType, byte[] content) {
}
