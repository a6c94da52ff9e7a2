package org.kehu.knowledge;

import java.time.Instant;

/** A ticket an article solved, as the article page lists it (only tickets the reader may see). */
public record LinkedTicket(long ticketId, String number, String subject, Instant linkedAt) {
}
