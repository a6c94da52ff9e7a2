package org.kehu.office.internal;

/** A task is open until it is done or cancelled; done and cancelled tasks can be reopened. */
public enum TaskStatus {
    OPEN, DONE, CANCELLED
}
