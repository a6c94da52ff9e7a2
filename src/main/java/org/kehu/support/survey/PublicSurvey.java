package org.kehu.support.survey;

import java.time.LocalDate;
import java.util.List;

/** What the person holding a link sees: the survey's texts and questions, and whose invitation it is. */
public record PublicSurvey(String title, String intro, String language, LocalDate expiresOn, String contactName,
        String customerName, List<SurveyDetails.Question> questions) {
}
