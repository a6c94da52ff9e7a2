package org.kehu.support.survey;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A survey link opened after the survey's expiry date: answers 410 Gone. */
@ResponseStatus(HttpStatus.GONE)
public class SurveyLinkExpiredException extends RuntimeException {

    public SurveyLinkExpiredException() {
        super("This survey link has expired");
    }
}
