package org.kehu.marketing.mailing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.kehu.mail.BulkMail;
import org.kehu.mail.Mailer;
import org.kehu.mail.OutgoingMail;
import org.kehu.shared.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues a mailing's mails in the background, {@value #BATCH} recipients per transaction, so that memory stays
 * bounded whatever the number of recipients and the progress (the mailing's {@code queued} count) moves as it
 * goes. Each batch claims its recipients ({@code for update skip locked}) and marks them with their mails in the
 * same transaction, so that a second runner on another node resuming the same mailing takes other rows and no
 * recipient is mailed twice.
 *
 * <p>A node that stops mid-mailing leaves the mailing {@code QUEUEING} with recipients not yet queued (a batch cut
 * off rolls back whole); {@link #resumeStale()} (every minute, on one node: {@code MailingResumeSchedule}) launches
 * again every mailing that has made no progress for {@link #STALE_AFTER}, on the next start or on the other node.
 */
@Component
class MailingRunner {

    static final int BATCH = 500;
    /** A mailing whose progress has not moved for this long has no runner left: a running one moves it per batch. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(MailingRunner.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Mailer mailer;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "marketing-mailing");
        t.setDaemon(true);
        return t;
    });
    /** The mailings this node is queuing or about to: a resume does not start a second runner for them here. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    MailingRunner(NamedParameterJdbcTemplate jdbc, Mailer mailer, MessageSource messages, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Lets the batch under way finish and stops; the mailing stays {@code QUEUEING}, to be resumed, instead of being
     * marked failed by the interruption.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Queues the mailing's mails on the background thread, unless this node is at it already or stopping. */
    void launch(long mailingId) {
        if (stopping || !running.add(mailingId)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    run(mailingId);
                } finally {
                    running.remove(mailingId);
                }
            });
        } catch (RejectedExecutionException shutDown) {
            running.remove(mailingId);
        }
    }

    /**
     * Launches every mailing still {@code QUEUEING} whose progress has not moved for {@link #STALE_AFTER}: its node
     * stopped before it was done. Answers how many it launched.
     */
    int resumeStale() {
        List<Long> stale = jdbc.queryForList("""
                select id from marketing_mailing where status = 'QUEUEING' and updated_at < :before order by id""",
                Map.of("before", Timestamp.from(clock.instant().minus(STALE_AFTER))), Long.class);
        for (long id : stale) {
            log.info("Resuming marketing mailing {}: no progress for {}", id, STALE_AFTER);
            // Marked as moving now, so that the next round does not launch it again while this node works on it.
            jdbc.update("update marketing_mailing set updated_at = :now where id = :id",
                    Map.of("id", id, "now", Timestamp.from(clock.instant())));
            launch(id);
        }
        return stale.size();
    }

    /** Queues every pending mail of the mailing, batch by batch, then marks it done (or failed, with the error). */
    void run(long mailingId) {
        try {
            Integer done;
            do {
                if (stopping) {
                    log.info("Marketing mailing {} left to be resumed: this node is stopping", mailingId);
                    return;
                }
                done = tx.execute(s -> batch(mailingId));
            } while (done != null && done > 0);
            // Done only when no recipient is left: one locked by a runner on another node is still pending here.
            jdbc.update("""
                    update marketing_mailing m set status = 'DONE', finished_at = :now, updated_at = :now
                     where m.id = :id and m.status = 'QUEUEING' and not exists (select 1 from marketing_mail_recipient r
                           where r.mailing_id = m.id and r.mail_id is null and not r.skipped)""",
                    Map.of("id", mailingId, "now", Timestamp.from(clock.instant())));
        } catch (RuntimeException e) {
            if (stopping) {
                log.info("Marketing mailing {} left to be resumed: this node stopped during a batch ({})", mailingId,
                        e.toString());
                return;
            }
            log.warn("Marketing mailing {} stopped: {}", mailingId, e.toString());
            String error = String.valueOf(e.getMessage());
            jdbc.update("update marketing_mailing set status = 'FAILED', error = :error, updated_at = :now where id = :id",
                    Map.of("id", mailingId, "error", error.length() > 2000 ? error.substring(0, 2000) : error,
                            "now", Timestamp.from(clock.instant())));
        }
    }

    private record Recipient(long contactId, String token, String name, String email, String company, String owner,
            String unsubscribeToken) {
    }

    private record Mailing(String subject, String body, String baseUrl) {
    }

    /** One batch in one transaction; answers how many recipients it handled (0: none left). */
    private int batch(long mailingId) {
        Mailing mailing = jdbc.queryForObject("select subject, body, base_url from marketing_mailing where id = :id",
                Map.of("id", mailingId), (rs, n) -> new Mailing(rs.getString(1), rs.getString(2), rs.getString(3)));
        List<Recipient> batch = jdbc.query("""
                select r.contact_id, r.token, ct.name, ct.email, c.name as company, u.name as owner, ut.token as unsubscribe
                  from marketing_mail_recipient r
                  join contact ct on ct.id = r.contact_id
                  join customer c on c.id = r.customer_id
                  left join app_user u on u.id = c.owner_id
                  join marketing_unsubscribe_token ut on ut.contact_id = r.contact_id
                 where r.mailing_id = :id and r.mail_id is null and not r.skipped
                 order by r.contact_id limit :batch
                   for update of r skip locked""", Map.of("id", mailingId, "batch", BATCH),
                (rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
        if (batch.isEmpty()) {
            return 0;
        }
        MergeFields subject = MergeFields.parse(mailing.subject());
        MergeFields body = MergeFields.parse(mailing.body());
        Footer footer = Footer.of(messages);
        List<BulkMail> mails = new ArrayList<>(batch.size());
        List<Long> sentTo = new ArrayList<>(batch.size());
        List<Long> skipped = new ArrayList<>();
        for (Recipient r : batch) {
            if (r.email() == null || !EmailAddress.isValid(r.email())) {
                skipped.add(r.contactId()); // changed since the gate admitted it
                continue;
            }
            MergeFields.Values values = new MergeFields.Values(r.name(), r.company(), r.owner());
            String unsubscribe = mailing.baseUrl() + "/unsubscribe/" + r.unsubscribeToken();
            java.util.function.IntFunction<String> tracked = no -> mailing.baseUrl() + "/track/" + r.token() + "/" + no;
            mails.add(new BulkMail(new OutgoingMail(r.email(), subject.text(values, null),
                    body.html(values, tracked) + footer.html(unsubscribe), body.text(values, tracked) + footer.text(unsubscribe)),
                    unsubscribe));
            sentTo.add(r.contactId());
        }
        List<Long> mailIds = mailer.sendAll(mails);
        jdbc.update("""
                update marketing_mail_recipient r set mail_id = m.mail_id
                  from unnest(cast(:contacts as bigint[]), cast(:mails as bigint[])) as m(contact_id, mail_id)
                 where r.mailing_id = :id and r.contact_id = m.contact_id""",
                Map.of("id", mailingId, "contacts", sentTo.toArray(Long[]::new), "mails", mailIds.toArray(Long[]::new)));
        if (!skipped.isEmpty()) {
            jdbc.update("update marketing_mail_recipient set skipped = true where mailing_id = :id and contact_id = any(:contacts)",
                    Map.of("id", mailingId, "contacts", skipped.toArray(Long[]::new)));
        }
        jdbc.update("""
                update marketing_mailing set queued = queued + :queued, skipped = skipped + :skipped, updated_at = :now
                 where id = :id""", Map.of("id", mailingId, "queued", mailIds.size(), "skipped", skipped.size(),
                "now", Timestamp.from(clock.instant())));
        return batch.size();
    }
}
