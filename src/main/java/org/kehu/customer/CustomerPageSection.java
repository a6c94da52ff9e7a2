package org.kehu.customer;

import org.kehu.identity.CurrentUser;

/**
 * A card another module adds to the customer page (the customer's orders, opportunities, tickets). The page
 * shows a card titled {@link #titleKey()} whose body htmx loads from {@link #url(long)}; that URL must check
 * the customer's scope itself. Cards appear in {@link #order()}.
 */
public interface CustomerPageSection {

    /** Message key of the card's title. */
    String titleKey();

    /** The URL answering the card's body (an HTML fragment) for one customer. */
    String url(long customerId);

    /** Whether the user may see this card at all (their permissions). */
    boolean visibleTo(CurrentUser user);

    default int order() {
        return 100;
    }

    /** An element id for the card, stable for browser tests. */
    default String id() {
        return titleKey().replace('.', '-');
    }
}
