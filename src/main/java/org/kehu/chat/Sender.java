package org.kehu.chat;

/** Who wrote a message: the customer's contact, a staff operator, or the system (joined, closed, ticket opened). */
public enum Sender {
    CUSTOMER, STAFF, SYSTEM
}
