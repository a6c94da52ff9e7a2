package org.kehu.support.followup;

/** How a follow-up visit is made: a call, a visit on site, or a mail. */
public enum FollowUpMethod {
    PHONE, VISIT, MAIL
}
