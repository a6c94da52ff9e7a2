package org.kehu.portal;

import java.io.Serializable;

/**
 * A signed-in portal user: their portal account, the customer contact they are, the customer (company) whose
 * records they may see, and the name to greet them by. Kept in the session, so serializable.
 */
public record PortalUser(long accountId, long contactId, long customerId, String displayName) implements Serializable {
}
