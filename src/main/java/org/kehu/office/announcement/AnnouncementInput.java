package org.kehu.office.announcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a publisher enters for an announcement, in the form and in the API: to everyone, or to the departments listed
 * (each with its sub-departments); the publish period in days (no end: until withdrawn). {@code version} is required
 * when saving an existing announcement.
 */
public class AnnouncementInput {

    private String title;
    private String body;
    private AnnouncementFormat format = AnnouncementFormat.TEXT;
    private boolean everyone;
    private List<Long> departmentIds = new ArrayList<>();
    private boolean mustRead;
    // ISO both ways: an <input type="date"> sends and shows only yyyy-MM-dd, not the locale's short date.
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate publishedFrom;
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate publishedUntil;
    private Long version;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public AnnouncementFormat getFormat() { return format; }
    public void setFormat(AnnouncementFormat format) { this.format = format; }
    public boolean isEveryone() { return everyone; }
    public void setEveryone(boolean everyone) { this.everyone = everyone; }
    public List<Long> getDepartmentIds() { return departmentIds; }
    public void setDepartmentIds(List<Long> departmentIds) { this.departmentIds = departmentIds == null ? new ArrayList<>() : departmentIds; }
    public boolean isMustRead() { return mustRead; }
    public void setMustRead(boolean mustRead) { this.mustRead = mustRead; }
    public LocalDate getPublishedFrom() { return publishedFrom; }
    public void setPublishedFrom(LocalDate publishedFrom) { this.publishedFrom = publishedFrom; }
    public LocalDate getPublishedUntil() { return publishedUntil; }
    public void setPublishedUntil(LocalDate publishedUntil) { this.publishedUntil = publishedUntil; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    /** The form filled with an announcement as it is. */
    static AnnouncementInput of(AnnouncementDetails a) {
        AnnouncementInput in = new AnnouncementInput();
        in.title = a.title();
        in.body = a.body();
        in.format = a.format();
        in.everyone = a.everyone();
        in.departmentIds = new ArrayList<>(a.departmentIds());
        in.mustRead = a.mustRead();
        in.publishedFrom = a.publishedFrom();
        in.publishedUntil = a.publishedUntil();
        in.version = a.version();
        return in;
    }
}
