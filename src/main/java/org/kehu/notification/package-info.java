/**
 * Notifications: what the application tells a user (an opportunity assigned to them, a task due, a
 * complaint for their department, a service level breached), shown under the bell in the top bar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.kehu.notification;
