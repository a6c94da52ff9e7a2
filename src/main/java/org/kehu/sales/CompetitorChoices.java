package org.kehu.sales;

import java.util.List;
import java.util.Optional;

/**
 * The competitors an opportunity can be lost to, offered by the competitor module so that the lose form asks
 * whom it was lost to while sales knows nothing of competitors beyond an id and a name. Without an
 * implementation no competitor can be named.
 */
public interface CompetitorChoices {

    /** One competitor to choose. */
    record Choice(long id, String name) {
    }

    /** Every competitor, by name. */
    List<Choice> choices();

    /** The competitor of this id, if there is one. */
    Optional<Choice> find(long id);
}
