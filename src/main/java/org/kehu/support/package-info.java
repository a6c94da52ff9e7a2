/**
 * Service: tickets (consultation, after-sales, complaint, suggestion) from creation to archive, service
 * levels in working time, follow-up visits and satisfaction surveys.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service")
package org.kehu.support;
