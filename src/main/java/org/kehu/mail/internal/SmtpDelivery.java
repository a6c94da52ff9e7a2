package org.kehu.mail.internal;

import java.time.Clock;
import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends stored messages through SMTP when Spring Boot configured a {@link JavaMailSender} (that is, when
 * {@code spring.mail.host} is set); otherwise does nothing and the messages stay in the outbox. Sending
 * happens after the storing transaction committed, so that a rolled-back change sends no mail; a failure
 * is recorded and the scheduled job tries again, up to {@value #MAX_ATTEMPTS} attempts.
 */
@Component
public class SmtpDelivery {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(SmtpDelivery.class);

    private final MailStore store;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;

    SmtpDelivery(MailStore store, ObjectProvider<JavaMailSender> sender, Clock clock,
            @Value("${kehu.mail.from:noreply@kehu.example.cn}") String from) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
    }

    /** Whether SMTP is configured; without it mail waits in the outbox. */
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(MailQueued queued) {
        deliver(queued.messageId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(MailBatchQueued queued) {
        queued.messageIds().forEach(this::deliver);
    }

    /** Retries failed messages, and sends outbox messages that a stop between commit and send left behind. */
    @Scheduled(fixedDelayString = "${kehu.mail.retry-interval:PT5M}", initialDelayString = "PT1M")
    // Held at least a minute: other nodes' runs in that time skip (each node runs it every retry interval).
    @SchedulerLock(name = "mail-retry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void retry() {
        if (!enabled()) {
            return;
        }
        store.dueForRetry(MAX_ATTEMPTS, clock.instant().minus(Duration.ofMinutes(1))).forEach(this::deliver);
    }

    /**
     * A file as a body part, always in base64: left to itself JavaMail sends a file of mostly text bytes as 7bit and
     * turns its line ends into CRLF, which changes the file. The name is encoded (RFC 2047) so that Chinese names
     * arrive readable.
     */
    static jakarta.mail.internet.MimeBodyPart attachmentPart(org.kehu.mail.MailAttachment file) throws MessagingException {
        var part = new jakarta.mail.internet.MimeBodyPart();
        part.setDataHandler(new jakarta.activation.DataHandler(
                new jakarta.mail.util.ByteArrayDataSource(file.content(), file.contentType())));
        try {
            part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(file.filename(), "UTF-8", "B"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 missing", e);
        }
        part.setDisposition(jakarta.mail.Part.ATTACHMENT);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** One attempt to send a message; answers whether it was sent. */
    public boolean deliver(long id) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return false;
        }
        var message = store.find(id).orElse(null);
        if (message == null || message.status() == org.kehu.mail.MailStatus.SENT || !store.claim(id, message.attempts())) {
            return false;
        }
        try {
            MimeMessage mime = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.textBody(), message.htmlBody());
            store.listUnsubscribe(id).ifPresent(url -> {
                try {
                    mime.setHeader("List-Unsubscribe", "<" + url + ">");
                    mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            for (var file : store.attachments(id)) {
                helper.getRootMimeMultipart().addBodyPart(attachmentPart(file));
            }
            smtp.send(mime);
            store.markSent(id);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("Mail {} to {} failed: {}", id, message.recipient(), e.getMessage());
            store.markFailed(id, e.getMessage());
            return false;
        }
    }
}
