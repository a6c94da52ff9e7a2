package org.kehu.marketing.segment;

import org.kehu.marketing.SqlSet;

/**
 * The members of a saved segment as SQL sets, evaluated when they are used (a segment is a dynamic filter).
 * A campaign freezes these sets into its own member rows when it is sent.
 */
public interface SegmentMembers {

    /** The customers the segment's filter selects now: a SELECT with one column {@code customer_id}. */
    SqlSet customersOf(long segmentId);

    /**
     * The contacts the segment reaches now: the contacts of its customers that also match its contact
     * criteria (all of a member customer's contacts when it has none): a SELECT with one column
     * {@code contact_id}.
     */
    SqlSet contactsOf(long segmentId);
}
