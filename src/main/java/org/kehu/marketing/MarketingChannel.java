package org.kehu.marketing;

/** How a marketing touch reaches people. */
public enum MarketingChannel {
    EMAIL,
    PHONE,
    EVENT,
    ADVERTISING,
    OTHER
}
