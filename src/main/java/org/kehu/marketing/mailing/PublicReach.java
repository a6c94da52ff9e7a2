package org.kehu.marketing.mailing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.customer.ConsentState;
import org.kehu.customer.ContactConsent;
import org.kehu.marketing.TouchSource;
import org.kehu.marketing.reach.MarketingLinkClicked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the links in a marketing mail do, without login (the token in the link is the credential): the
 * unsubscribe link opts the contact out everywhere; a tracked link records the first click per source and
 * contact and leads on to the address written in the template (never to an address taken from the request).
 */
@Service
@Transactional
class PublicReach {

    private static final String TOKEN = "[0-9a-f]{64}";

    private final NamedParameterJdbcTemplate jdbc;
    private final ContactConsent consent;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicReach(NamedParameterJdbcTemplate jdbc, ContactConsent consent, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.consent = consent;
        this.events = events;
        this.clock = clock;
    }

    /** The consent of the contact the unsubscribe token belongs to; empty for an unknown token. */
    @Transactional(readOnly = true)
    Optional<ConsentState> unsubscribeState(String token) {
        return contactOf(token).flatMap(consent::stateForContact);
    }

    /** Opts the token's contact out of all marketing (once; a second use changes nothing). */
    Optional<ConsentState> unsubscribe(String token) {
        Optional<Long> contact = contactOf(token);
        contact.ifPresent(id -> jdbc.update("""
                update marketing_unsubscribe_token set used_at = coalesce(used_at, :now) where contact_id = :id""",
                Map.of("id", id, "now", Timestamp.from(clock.instant()))));
        return contact.flatMap(consent::optOutByContact);
    }

    /** Records a click on link {@code linkNo} of a recipient's mail; answers the address to go on to. */
    Optional<String> click(String token, int linkNo) {
        if (token == null || !token.matches(TOKEN)) {
            return Optional.empty();
        }
        record Target(String url, String kind, long source, long contact, long customer) {
        }
        List<Target> found = jdbc.query("""
                select l.url, m.source_kind, m.source_id, r.contact_id, r.customer_id
                  from marketing_mail_recipient r
                  join marketing_mailing m on m.id = r.mailing_id
                  join marketing_mailing_link l on l.mailing_id = r.mailing_id and l.link_no = :no
                 where r.token = :token""", Map.of("token", token, "no", linkNo),
                (rs, n) -> new Target(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Target t = found.get(0);
        Instant now = clock.instant();
        int first = jdbc.update("""
                insert into marketing_link_click(source_kind, source_id, contact_id, customer_id, link_no, clicked_at)
                values (:kind, :source, :contact, :customer, :no, :now) on conflict do nothing""",
                Map.of("kind", t.kind(), "source", t.source(), "contact", t.contact(), "customer", t.customer(), "no", linkNo,
                        "now", Timestamp.from(now)));
        if (first == 1) {
            events.publishEvent(new MarketingLinkClicked(new TouchSource(t.kind(), t.source()), t.contact(), t.customer(), now));
        }
        return Optional.of(t.url());
    }

    private Optional<Long> contactOf(String token) {
        if (token == null || !token.matches(TOKEN)) {
            return Optional.empty();
        }
        return jdbc.queryForList("select contact_id from marketing_unsubscribe_token where token = :token",
                Map.of("token", token), Long.class).stream().findFirst();
    }
}
