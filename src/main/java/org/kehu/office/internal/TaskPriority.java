package org.kehu.office.internal;

public enum TaskPriority {
    LOW, NORMAL, HIGH
}
