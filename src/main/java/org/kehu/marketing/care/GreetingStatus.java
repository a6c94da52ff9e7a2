package org.kehu.marketing.care;

/** Where a greeting is: prepared for review, sent, or skipped (the contact opted out since it was prepared). */
public enum GreetingStatus {
    PREPARED, SENT, SKIPPED
}
