package org.kehu.sales;

import org.kehu.identity.CurrentUser;

/**
 * A card another module adds to the opportunity page (the competitors it faces). The page shows a card titled
 * {@link #titleKey()} whose body htmx loads from {@link #url(long)}; that URL checks permissions and the
 * opportunity's scope itself.
 */
public interface OpportunityPageSection {

    /** Message key of the card's title. */
    String titleKey();

    /** The URL answering the card's body (an HTML fragment) for one opportunity. */
    String url(long opportunityId);

    /** Whether the user may see this card at all (their permissions). */
    boolean visibleTo(CurrentUser user);

    /** An element id for the card, stable for browser tests. */
    String id();
}
