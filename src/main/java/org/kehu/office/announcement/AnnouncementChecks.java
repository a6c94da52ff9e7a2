package org.kehu.office.announcement;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.shared.InputLimits;

/** The rules of an announcement's fields that need nothing but the input: field to message key, in form order. */
final class AnnouncementChecks {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = InputLimits.LONG_TEXT;
    static final int DEPARTMENTS_MAX = 100;

    private AnnouncementChecks() {
    }

    static Map<String, String> problems(AnnouncementInput in) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.getTitle() == null || in.getTitle().isBlank()) {
            problems.put("title", "office.announcement.error.title-required");
        } else if (!InputLimits.fitsLength(in.getTitle().strip(), TITLE_MAX)) {
            problems.put("title", "office.announcement.error.title-too-long");
        }
        if (in.getBody() == null || in.getBody().isBlank()) {
            problems.put("body", "office.announcement.error.body-required");
        } else if (!InputLimits.fitsLength(in.getBody(), BODY_MAX)) {
            problems.put("body", "office.announcement.error.body-too-long");
        }
        if (in.getFormat() == null) {
            in.setFormat(AnnouncementFormat.TEXT);
        }
        if (!in.isEveryone()) {
            if (in.getDepartmentIds().isEmpty()) {
                problems.put("departmentIds", "office.announcement.error.audience-required");
            } else if (in.getDepartmentIds().size() > DEPARTMENTS_MAX || in.getDepartmentIds().contains(null)) {
                problems.put("departmentIds", "office.announcement.error.department-unknown");
            }
        }
        if (in.getPublishedFrom() == null) {
            problems.put("publishedFrom", "office.announcement.error.from-required");
        } else if (in.getPublishedUntil() != null && in.getPublishedUntil().isBefore(in.getPublishedFrom())) {
            problems.put("publishedUntil", "office.announcement.error.until-before-from");
        }
        return problems;
    }
}
