package org.kehu.sales.internal;

import java.util.EnumSet;
import java.util.Set;

/** Where an opportunity is: new → assigned → developing → won | lost. Won and lost are final. */
public enum OpportunityStatus {
    NEW, ASSIGNED, DEVELOPING, WON, LOST;

    public static final Set<OpportunityStatus> OPEN = EnumSet.of(NEW, ASSIGNED, DEVELOPING);

    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
