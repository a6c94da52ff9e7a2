package org.kehu.support;

/** The states of a service ticket (服务创建, 分配, 处理, 反馈, 归档, and reopened after an archive). */
public enum TicketStatus {
    CREATED, ASSIGNED, HANDLED, FEEDBACK, ARCHIVED, REOPENED;

    public boolean open() {
        return this != ARCHIVED;
    }
}
