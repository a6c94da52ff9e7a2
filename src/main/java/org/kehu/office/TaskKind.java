package org.kehu.office;

/** A task has a due time; an appointment has a start, an end and a place. */
public enum TaskKind {
    TASK, APPOINTMENT
}
