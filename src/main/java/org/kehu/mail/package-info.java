/**
 * Outgoing mail: sent through SMTP when it is configured, otherwise kept in the outbox that administrators
 * read; every message is recorded either way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.kehu.mail;
