package org.kehu.marketing;

/**
 * What a marketing touch belongs to, by kind and id, e.g. {@code CAMPAIGN 42} or {@code GREETING 7}: the gate
 * keeps its decisions per source so that what it held back can be listed with the reason per contact.
 *
 * @param kind upper-case kind of the source ({@link #CAMPAIGN}, {@link #GREETING}, …)
 * @param id   the source's id
 */
public record TouchSource(String kind, long id) {

    public static final String CAMPAIGN = "CAMPAIGN";
    public static final String GREETING = "GREETING";

    public static TouchSource campaign(long id) {
        return new TouchSource(CAMPAIGN, id);
    }
}
