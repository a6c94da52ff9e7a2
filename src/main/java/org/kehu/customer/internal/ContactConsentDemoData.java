package org.kehu.customer.internal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's consent history (issue 11): the consent the demo contacts were given is recorded as given by the
 * customer's owner on the form; about one contact in eleven has since opted out through a mail's unsubscribe
 * link, and a few of those were later ticked for consent again by staff (which does not lift the opt-out).
 * Chosen by id rather than by the generator, so that the rest of the demo stays as it was.
 */
final class ContactConsentDemoData {

    private ContactConsentDemoData() {
    }

    static void load(JdbcTemplate jdbc, String demoCodes) {
        jdbc.update("""
                insert into contact_consent_change(contact_id, changed_at, action, via, changed_by)
                select ct.id, c.created_at + interval '1 day', 'CONSENT_GIVEN', 'FORM', c.owner_id
                  from contact ct join customer c on c.id = ct.customer_id
                 where ct.marketing_consent and c.code like ?""", demoCodes);
        jdbc.update("""
                insert into contact_consent_change(contact_id, changed_at, action, via, changed_by)
                select ct.id, now() - make_interval(days => (ct.id % 120)::int + 1), 'OPTED_OUT', 'UNSUBSCRIBE_LINK', null
                  from contact ct join customer c on c.id = ct.customer_id
                 where ct.id % 11 = 5 and ct.email is not null and c.code like ?""", demoCodes);
        jdbc.update("""
                update contact ct set opted_out_at = h.changed_at, opt_out_via = 'UNSUBSCRIBE_LINK', marketing_consent = false
                  from contact_consent_change h
                 where h.contact_id = ct.id and h.action = 'OPTED_OUT'""");
        jdbc.update("""
                insert into contact_consent_change(contact_id, changed_at, action, via, changed_by, note)
                select ct.id, ct.opted_out_at + interval '3 days', 'CONSENT_GIVEN', 'FORM', c.owner_id, '电话中客户同意接收新品资料'
                  from contact ct join customer c on c.id = ct.customer_id
                 where ct.opted_out_at is not null and ct.id % 4 = 0 and c.code like ?""", demoCodes);
        jdbc.update("""
                update contact ct set marketing_consent = true
                  from contact_consent_change h
                 where h.contact_id = ct.id and h.action = 'CONSENT_GIVEN' and h.changed_at > ct.opted_out_at""");
    }
}
