package org.kehu.support;

/**
 * The service desk at a glance: tickets not yet archived, of which assigned to the reader, about to breach a service
 * level (within the warning time) and past one; follow-up visits open and planned for today or earlier.
 */
public record ServiceOverview(long openTickets, long assignedToMe, long atRisk, long breached, long followUpsDue) {
}
