/** Office: tasks and appointments with due times, reminders, and the calendar of oneself and one's team. */
@org.springframework.modulith.ApplicationModule(displayName = "Office")
package org.kehu.office;
