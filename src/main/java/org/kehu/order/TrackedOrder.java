package org.kehu.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as anyone holding its number and second factor may follow it: its status and where the goods were,
 * newest first. No customer name, amounts or staff names: the tracking page is public.
 */
public record TrackedOrder(String number, OrderStatus status, LocalDate orderDate, LocalDate promisedDate,
        List<Stop> stops) {

    /** Where the goods were at a time. */
    public record Stop(Instant occurredAt, String place, String note) {
    }
}
