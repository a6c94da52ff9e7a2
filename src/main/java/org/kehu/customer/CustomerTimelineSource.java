package org.kehu.customer;

import java.util.List;

/**
 * Implemented by modules whose records belong on a customer's timeline (orders, opportunities, tasks,
 * tickets). The customer module has already checked that the signed-in user may see the customer; a source
 * still leaves out what the user's permissions do not cover. Keep it to one query and at most a few hundred
 * entries.
 */
public interface CustomerTimelineSource {

    List<TimelineEntry> timelineOf(long customerId);
}
