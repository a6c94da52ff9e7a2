/**
 * Office: tasks and appointments with due times, reminders, and the calendar of oneself and one's team; announcements
 * to everyone or to departments with read and must-read confirmations; internal messages between users.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Office")
package org.kehu.office;
