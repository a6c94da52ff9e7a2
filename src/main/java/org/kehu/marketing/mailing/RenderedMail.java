package org.kehu.marketing.mailing;

/** A mail as one recipient receives it (or a preview of it). */
public record RenderedMail(String to, String subject, String htmlBody, String textBody) {
}
