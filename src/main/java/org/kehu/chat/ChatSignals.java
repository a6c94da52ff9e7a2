package org.kehu.chat;

/**
 * What the nodes tell each other on {@value #CHANNEL}: {@code m:<id>} a message was stored, {@code q} the queue of
 * waiting conversations changed. Ids only; each node reads the message itself.
 */
final class ChatSignals {

    static final String CHANNEL = "kehu_chat";
    static final String QUEUE = "q";
    private static final String MESSAGE = "m:";

    private ChatSignals() {
    }

    static String message(long id) {
        return MESSAGE + id;
    }

    /** The message id of a signal, or -1 when it is not a message signal. */
    static long messageId(String payload) {
        if (payload != null && payload.startsWith(MESSAGE)) {
            try {
                return Long.parseLong(payload.substring(MESSAGE.length()));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
