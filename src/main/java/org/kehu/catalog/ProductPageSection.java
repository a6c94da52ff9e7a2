package org.kehu.catalog;

import org.kehu.identity.CurrentUser;

/**
 * A card another module adds to the staff product page (the customers' quality evaluations). The page shows a card
 * titled {@link #titleKey()} whose body htmx loads from {@link #url(long)}; that URL checks permissions itself.
 */
public interface ProductPageSection {

    /** Message key of the card's title. */
    String titleKey();

    /** The URL answering the card's body (an HTML fragment) for one product. */
    String url(long productId);

    /** Whether the user may see this card at all (their permissions). */
    boolean visibleTo(CurrentUser user);

    /** An element id for the card, stable for browser tests. */
    String id();
}
