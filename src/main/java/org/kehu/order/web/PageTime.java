package org.kehu.order.web;

import java.time.Instant;

import org.kehu.shared.BusinessTime;

/** Times as the order pages show them, in the company's zone ({@code ${time.minutes(at)}} in templates). */
public final class PageTime {

    public String minutes(Instant at) {
        return BusinessTime.minutes(at);
    }
}
