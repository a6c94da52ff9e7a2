package org.kehu.office.announcement;

/** How an announcement's body is written: plain text shown as typed, or Markdown rendered and sanitised. */
public enum AnnouncementFormat {
    TEXT, MARKDOWN
}
