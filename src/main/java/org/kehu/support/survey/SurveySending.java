package org.kehu.support.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerListing;
import org.kehu.customer.CustomerManagement;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.customer.CustomerRow;
import org.kehu.customer.CustomerSummary;
import org.kehu.identity.UserDirectory;
import org.kehu.mail.Mailer;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends a survey: every contact with an e-mail address of the chosen customers gets a personal invitation
 * with a link of its own. Contacts invited before are skipped, so sending again reaches only new ones.
 * The mail goes through {@link Mailer} (outbox or SMTP) after the commit.
 */
@Service
@Transactional
public class SurveySending {

    /** Sending to a whole grade stops at this many customers; larger mailings belong to the marketing module. */
    static final int MAX_CUSTOMERS = 5_000;
    /** An address the mailer accepts; a contact with a malformed one is counted as without e-mail, not a failure of the send. */

    private final SurveyRepository surveys;
    private final CustomerManagement customers;
    private final CustomerListing listing;
    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicUrl;

    SurveySending(SurveyRepository surveys, CustomerManagement customers, CustomerListing listing, Mailer mailer, JdbcClient jdbc,
            UserDirectory users, MessageSource messages, Clock clock, @Value("${kehu.public-url:}") String publicUrl) {
        this.surveys = surveys;
        this.customers = customers;
        this.listing = listing;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** Invites the contacts of the customers; a customer outside the caller's scope fails it all with 404. */
    @PreAuthorize("hasAuthority('survey.send')")
    public SendResult send(long surveyId, Collection<Long> customerIds) {
        if (customerIds == null || customerIds.isEmpty()) {
            throw InvalidInputException.of("customerIds", "survey.error.no-customers");
        }
        if (customerIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.of("customerIds", "input.error.null-element");
        }
        Survey survey = surveys.findById(surveyId).orElseThrow(() -> new RecordNotFoundException("Survey", surveyId));
        if (survey.getExpiresOn().isBefore(LocalDate.now(clock.withZone(BusinessTime.ZONE)))) {
            throw new RuleViolationException("survey.error.expired", "The survey has expired");
        }
        // One query for every chosen customer the sender may see; any other is "not found", as one by one.
        var visible = customers.summaries(customerIds);
        List<CustomerSummary> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(customerIds)) {
            CustomerSummary summary = visible.get(id);
            if (summary == null) {
                throw new RecordNotFoundException("Customer", id);
            }
            chosen.add(summary);
        }
        int invited = 0;
        int already = 0;
        int noEmail = 0;
        String base = baseUrl();
        Locale locale = "en".equals(survey.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        long sender = users.requireCurrentUser().id();
        for (CustomerSummary customer : chosen) {
            for (ContactDetails contact : customers.contacts(customer.id())) {
                if (!org.kehu.shared.EmailAddress.isValid(contact.email())) {
                    noEmail++;
                    continue;
                }
                String token = SurveyLinks.newToken();
                int inserted = jdbc.sql("""
                        insert into survey_invitation(survey_id, customer_id, customer_name, contact_id, contact_name, email,
                                                      token_hash, sent_at, sent_by)
                        values (:survey, :customer, :customerName, :contact, :contactName, :email, :hash, :now, :by)
                        on conflict (survey_id, contact_id) do nothing""")
                        .param("survey", surveyId).param("customer", customer.id()).param("customerName", customer.name())
                        .param("contact", contact.id()).param("contactName", contact.name())
                        .param("email", contact.email().strip()).param("hash", SurveyLinks.hash(token))
                        .param("now", java.sql.Timestamp.from(clock.instant())).param("by", sender).update();
                if (inserted == 0) {
                    already++;
                    continue;
                }
                mail(survey, contact, base + "/s/" + token, locale);
                invited++;
            }
        }
        if (invited > 0) {
            survey.markSent(clock.instant());
        }
        return new SendResult(invited, already, noEmail);
    }

    /** Invites the contacts of every customer of a grade that the caller may see (at most {@value #MAX_CUSTOMERS}). */
    @PreAuthorize("hasAuthority('survey.send')")
    public SendResult sendToGrade(long surveyId, String gradeCode) {
        if (gradeCode == null || gradeCode.isBlank()) {
            throw InvalidInputException.of("grade", "survey.error.no-customers");
        }
        CustomerFilter filter = new CustomerFilter(null, null, null, null, null, null, null, gradeCode, null, null, "code");
        List<Long> ids = new ArrayList<>();
        String after = null;
        do {
            KeysetPage<CustomerRow> page = listing.page(filter, after, null, CustomerListing.MAX_PAGE_SIZE);
            page.items().stream().map(CustomerRow::id).forEach(ids::add);
            after = page.next();
        } while (after != null && ids.size() < MAX_CUSTOMERS);
        if (ids.isEmpty()) {
            throw InvalidInputException.of("grade", "survey.error.no-customers");
        }
        return send(surveyId, ids.size() > MAX_CUSTOMERS ? ids.subList(0, MAX_CUSTOMERS) : ids);
    }

    private void mail(Survey survey, ContactDetails contact, String link, Locale locale) {
        String subject = messages.getMessage("survey.mail.subject", new Object[] {survey.getTitle()}, locale);
        String greeting = messages.getMessage("survey.mail.greeting", new Object[] {contact.name()}, locale);
        String body = messages.getMessage("survey.mail.body", new Object[] {survey.getTitle(), survey.getExpiresOn().toString()}, locale);
        String action = messages.getMessage("survey.mail.action", null, locale);
        String note = messages.getMessage("survey.mail.note", null, locale);
        String text = greeting + "\n\n" + body + "\n\n" + link + "\n\n" + note + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(greeting) + "</p><p>" + HtmlUtils.htmlEscape(body) + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(action) + "</a></p>"
                + "<p style=\"color:#666\">" + HtmlUtils.htmlEscape(note) + "<br>" + HtmlUtils.htmlEscape(link) + "</p>";
        mailer.send(contact.email().strip(), subject, html, text);
    }

    /** {@code kehu.public-url} when set (behind a proxy), else the address the sender's request came to. */
    private String baseUrl() {
        if (!publicUrl.isBlank()) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException noRequest) {
            return "http://localhost:8080";
        }
    }
}
