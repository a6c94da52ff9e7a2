package org.kehu.chat;

/**
 * Where a conversation stands: WAITING for an operator, ACTIVE with one, CLOSED by either side, or TICKETED (the
 * question became a service ticket, answered later). Only the first two take messages.
 */
public enum ConversationStatus {
    WAITING, ACTIVE, CLOSED, TICKETED;

    /** Whether messages may still be posted. */
    public boolean open() {
        return this == WAITING || this == ACTIVE;
    }
}
