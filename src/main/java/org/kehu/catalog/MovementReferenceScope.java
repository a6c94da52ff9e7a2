package org.kehu.catalog;

import java.util.Collection;
import java.util.Set;

/**
 * Implemented by a module whose record numbers stand as the reference of stock movements (the order module:
 * every reservation, release and shipment names its order). Stock is read by everyone with inventory access,
 * but the order behind a movement is the business of those who may see that order: the inventory pages, exports
 * and API ask each implementation which references the current user may not see, and show only the kind of record
 * ({@link #recordKind()}, "订单") for those, without the number and without who handled it. Catalogue cannot ask
 * the order module directly (the order module depends on it), hence this interface.
 */
public interface MovementReferenceScope {

    /** The kind of record, for the message {@code inventory.movement.reference.<kind>} shown instead of the number. */
    String recordKind();

    /** Of {@code references}, those that name a record of this module which the current user may not see. */
    Set<String> outsideScope(Collection<String> references);
}
