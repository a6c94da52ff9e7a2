package org.kehu.support.survey;

/**
 * What a send did: contacts invited now, contacts skipped because they were invited before, and contacts
 * without a usable e-mail address (they cannot be invited).
 */
public record SendResult(int invited, int alreadyInvited, int withoutEmail) {
}
