package org.kehu.marketing.mailing;

import java.time.Instant;

import org.kehu.marketing.TouchSource;
import org.kehu.marketing.reach.GateOutcome;

/**
 * A mailing's progress: what the gate decided ({@code gate}: admitted and held back by reason), how many of the
 * admitted contacts' mails are queued in the mail module, and how many were skipped (an address that turned
 * invalid in between).
 */
public record MailingProgress(long mailingId, TouchSource source, MailingStatus status, GateOutcome gate, int queued,
        int skipped, Instant startedAt, Instant finishedAt) {

    /** Queued share of the admitted contacts, 0–100. */
    public int percent() {
        int total = gate.admitted();
        return total == 0 ? 100 : (int) Math.min(100, Math.round(100.0 * (queued + skipped) / total));
    }
}
