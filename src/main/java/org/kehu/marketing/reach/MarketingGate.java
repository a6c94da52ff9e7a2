package org.kehu.marketing.reach;

import org.kehu.marketing.MarketingChannel;
import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;

/**
 * The one place every marketing touch passes (避免过度营销和骚扰): contacts without marketing consent, or who
 * opted out, are never admitted; a contact already touched the monthly cap's number of times this month is
 * held back; each decision is recorded per source and contact with its reason, and each admitted marketing
 * touch counts towards the contact's cap.
 */
public interface MarketingGate {

    /**
     * Decides for every candidate in one set operation (no per-contact round trips).
     *
     * @param candidates a SELECT with one column {@code contact_id}
     */
    GateOutcome admit(TouchSource source, MarketingChannel channel, TouchPurpose purpose, SqlSet candidates);

    /** Decides for one contact (a phone call recorded by staff, a greeting); true when admitted. */
    boolean admitOne(TouchSource source, MarketingChannel channel, TouchPurpose purpose, long contactId);
}
