package org.kehu.mail;

/**
 * One message to send: a recipient address, a subject and the body twice, as HTML and as plain text
 * (mail programs that do not show HTML show the text).
 */
public record OutgoingMail(String to, String subject, String htmlBody, String textBody) {
}
