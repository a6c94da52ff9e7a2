package org.kehu.portal.configure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A configuration a customer saved: the product, the options chosen (catalogue ids), quantity and note. */
record SavedConfiguration(long id, long customerId, long productId, List<Long> optionIds, int quantity,
        BigDecimal unitPrice, String note, boolean shownPublicly, Instant updatedAt, long version) {
}
