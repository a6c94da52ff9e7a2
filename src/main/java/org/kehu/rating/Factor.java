package org.kehu.rating;

import java.util.List;
import java.util.Locale;

import org.kehu.shared.web.RefuseUnknownFields;

/**
 * A factor of a rating model (a–g of loyalty, a–e of credit) with the description of each grade 0–3, in Chinese
 * and English. {@code evidence} names the data that can propose a grade, when there is any.
 */
@RefuseUnknownFields
public record Factor(String code, String nameZh, String nameEn, List<GradeText> grades, Evidence evidence) {

    /** The description of one grade. */
    @RefuseUnknownFields
    public record GradeText(int grade, String zh, String en) {

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : zh;
        }
    }

    /** The data a grade can be proposed from. */
    public enum Evidence {
        /** how long the customer has been one: since their creation or first sale, whichever is earlier */
        RELATIONSHIP,
        /** the customer's survey answers and ticket satisfaction */
        SERVICE_EVALUATION
    }

    public Factor {
        grades = grades == null ? null : List.copyOf(grades);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String grade(int grade, Locale locale) {
        return grades.get(grade).text(locale);
    }
}
