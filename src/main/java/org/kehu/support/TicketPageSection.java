package org.kehu.support;

import org.kehu.identity.CurrentUser;

/**
 * A card another module adds to the ticket page (the knowledge articles that solved it). The page shows a card titled
 * {@link #titleKey()} whose body htmx loads from {@link #url(long)}; that URL checks the ticket's scope itself.
 */
public interface TicketPageSection {

    /** Message key of the card's title. */
    String titleKey();

    /** The URL answering the card's body (an HTML fragment) for one ticket. */
    String url(long ticketId);

    /** Whether the user may see this card at all (their permissions). */
    boolean visibleTo(CurrentUser user);

    /**
     * Whether this ticket has anything for the card: a card about where a ticket came from has nothing to say on
     * the others, and an empty card on every ticket is noise.
     */
    default boolean appliesTo(long ticketId) {
        return true;
    }

    /** An element id for the card, stable for browser tests. */
    default String id() {
        return titleKey().replace('.', '-');
    }
}
