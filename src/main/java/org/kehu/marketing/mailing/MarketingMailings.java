package org.kehu.marketing.mailing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.mail.Mailer;
import org.kehu.marketing.MarketingChannel;
import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;
import org.kehu.marketing.reach.GateOutcome;
import org.kehu.marketing.reach.MarketingGate;
import org.kehu.marketing.reach.MarketingTouches;
import org.kehu.marketing.reach.TouchPurpose;
import org.kehu.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Marketing e-mail: a template with merge fields, its preview for a contact, a test send to oneself, and the
 * mailing of a source (a campaign) to a set of candidate contacts.
 *
 * <p>Contract of {@link #start}: the candidates pass the marketing gate in one set operation (consent, opt-out,
 * a valid address, the monthly cap; decisions already recorded for the source stand), then the admitted contacts'
 * mails are queued through the mail module in the background, in batches, with progress in {@link #progress}.
 * One mailing per source. Every mail carries the contact's one-click unsubscribe link ({@code /unsubscribe/{token}},
 * also as the {@code List-Unsubscribe} header); each link in the template is replaced by a tracking URL that records
 * the first click per source and contact and publishes {@link org.kehu.marketing.reach.MarketingLinkClicked}.
 * Callers check their own permission (a campaign's send); the page and API here need {@code marketing.reach}.
 */
@Service
@Transactional
public class MarketingMailings {

    private final NamedParameterJdbcTemplate jdbc;
    private final MarketingGate gate;
    private final MarketingTouches touches;
    private final MailingRunner runner;
    private final CustomerManagement customers;
    private final UserDirectory users;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final Environment environment;
    private final String publicUrl;

    MarketingMailings(NamedParameterJdbcTemplate jdbc, MarketingGate gate, MarketingTouches touches, MailingRunner runner,
            CustomerManagement customers, UserDirectory users, Mailer mailer, MessageSource messages, Clock clock,
            Environment environment, @Value("${kehu.public-url:}") String publicUrl) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.touches = touches;
        this.runner = runner;
        this.customers = customers;
        this.users = users;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.environment = environment;
        this.publicUrl = publicUrl;
    }

    /**
     * Passes the candidates through the gate and queues the admitted contacts' mails in the background (after
     * this transaction commits).
     *
     * @param candidates a SELECT with one column {@code contact_id}
     * @throws InvalidInputException naming {@code subject}/{@code body} for a bad template, {@code source} when the
     *                               source was mailed already
     */
    public MailingProgress start(TouchSource source, MailTemplate template, SqlSet candidates) {
        MailTemplate t = template == null ? new MailTemplate(null, null).checked() : template.checked();
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> created = jdbc.queryForList("""
                insert into marketing_mailing(source_kind, source_id, subject, body, base_url, status, started_by, started_at, updated_at)
                values (:kind, :source, :subject, :body, :base, 'QUEUEING', :by, :now, :now)
                on conflict (source_kind, source_id) do nothing returning id""",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("kind", source.kind())
                        .addValue("source", source.id()).addValue("subject", t.subject()).addValue("body", t.body())
                        .addValue("base", baseUrl()).addValue("by", users.currentUser().map(CurrentUser::id).orElse(null))
                        .addValue("now", now), Long.class);
        if (created.isEmpty()) {
            throw InvalidInputException.of("source", "mailing.error.already-sent");
        }
        long mailingId = created.get(0);
        gate.admit(source, MarketingChannel.EMAIL, TouchPurpose.MARKETING, candidates);
        jdbc.update("""
                insert into marketing_mail_recipient(mailing_id, contact_id, customer_id, token)
                select :id, t.contact_id, t.customer_id,
                       replace(cast(gen_random_uuid() as text), '-', '') || replace(cast(gen_random_uuid() as text), '-', '')
                  from marketing_touch t
                 where t.source_kind = :kind and t.source_id = :source and t.outcome = 'ADMITTED'""",
                Map.of("id", mailingId, "kind", source.kind(), "source", source.id()));
        // One unsubscribe token per contact, kept across mailings: the link in an old mail still works.
        jdbc.update("""
                insert into marketing_unsubscribe_token(contact_id, token)
                select r.contact_id, replace(cast(gen_random_uuid() as text), '-', '') || replace(cast(gen_random_uuid() as text), '-', '')
                  from marketing_mail_recipient r where r.mailing_id = :id
                on conflict (contact_id) do nothing""", Map.of("id", mailingId));
        List<String> links = MergeFields.parse(t.body()).links();
        for (int i = 0; i < links.size(); i++) {
            jdbc.update("insert into marketing_mailing_link(mailing_id, link_no, url) values (:id, :no, :url)",
                    Map.of("id", mailingId, "no", i + 1, "url", links.get(i)));
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runner.launch(mailingId);
                }
            });
        } else {
            runner.launch(mailingId);
        }
        return progress(source).orElseThrow();
    }

    /** The mailing of the source and how far it is; empty when the source has none. */
    @Transactional(readOnly = true)
    public Optional<MailingProgress> progress(TouchSource source) {
        GateOutcome totals = touches.totals(source);
        return jdbc.query("""
                select id, status, queued, skipped, started_at, finished_at from marketing_mailing
                 where source_kind = :kind and source_id = :source""", Map.of("kind", source.kind(), "source", source.id()),
                (rs, n) -> new MailingProgress(rs.getLong("id"), source, MailingStatus.valueOf(rs.getString("status")), totals,
                        rs.getInt("queued"), rs.getInt("skipped"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
                .stream().findFirst();
    }

    /**
     * The mail as the contact would receive it (links as written, the unsubscribe link shown but inactive). The
     * contact must be within the user's data scope.
     */
    @PreAuthorize("hasAuthority('marketing.reach')")
    @Transactional(readOnly = true)
    public RenderedMail preview(MailTemplate template, long contactId) {
        MailTemplate t = template == null ? new MailTemplate(null, null).checked() : template.checked();
        ContactDetails contact = customers.contact(contactId);
        return render(t, values(contact), contact.email(), baseUrl() + "/unsubscribe/…");
    }

    /**
     * Sends the mail to the signed-in user's own address, merged for {@code contactId} when given (in scope) or with
     * sample values, marked as a test in the subject. The gate is not involved: nobody but the sender receives it.
     */
    @PreAuthorize("hasAuthority('marketing.reach')")
    public RenderedMail sendTest(MailTemplate template, Long contactId) {
        MailTemplate t = template == null ? new MailTemplate(null, null).checked() : template.checked();
        CurrentUser me = users.requireCurrentUser();
        String own = jdbc.queryForList("select email from app_user where id = :id and email is not null",
                Map.of("id", me.id()), String.class).stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("to", "mailing.error.no-own-address"));
        MergeFields.Values values = contactId == null
                ? new MergeFields.Values(messages.getMessage("mailing.sample.contact", null, java.util.Locale.SIMPLIFIED_CHINESE),
                        messages.getMessage("mailing.sample.company", null, java.util.Locale.SIMPLIFIED_CHINESE), me.name())
                : values(customers.contact(contactId));
        RenderedMail mail = render(t, values, own, baseUrl() + "/unsubscribe/test");
        String subject = messages.getMessage("mailing.test-prefix", null, java.util.Locale.SIMPLIFIED_CHINESE) + " " + mail.subject();
        mailer.send(own, subject, mail.htmlBody(), mail.textBody());
        return new RenderedMail(own, subject, mail.htmlBody(), mail.textBody());
    }

    private MergeFields.Values values(ContactDetails contact) {
        CustomerDetails customer = customers.get(contact.customerId());
        String owner = customer.ownerId() == null ? null
                : users.user(customer.ownerId()).map(UserSummary::name).orElse(null);
        return new MergeFields.Values(contact.name(), customer.name(), owner);
    }

    private RenderedMail render(MailTemplate t, MergeFields.Values values, String to, String unsubscribeUrl) {
        MergeFields subject = MergeFields.parse(t.subject());
        MergeFields body = MergeFields.parse(t.body());
        Footer footer = Footer.of(messages);
        return new RenderedMail(to, subject.text(values, null), body.html(values, null) + footer.html(unsubscribeUrl),
                body.text(values, null) + footer.text(unsubscribeUrl));
    }

    /** {@code kehu.public-url} when set (behind a proxy), else the address of the request, else this server. */
    private String baseUrl() {
        if (!publicUrl.isBlank()) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException noRequest) {
            return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        }
    }
}
