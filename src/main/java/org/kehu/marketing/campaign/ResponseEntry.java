package org.kehu.marketing.campaign;

import java.time.Instant;

/** One response to a campaign: the customer (and contact), when, whether staff recorded it or a link was clicked. */
record ResponseEntry(long id, long customerId, String customerName, Long contactId, String contactName,
        Instant respondedAt, String via, String note) {
}
