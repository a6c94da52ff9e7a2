package org.kehu.support.survey;

import org.kehu.shared.RuleViolationException;

/** A survey link that was already answered: answers 409. */
public class SurveyLinkUsedException extends RuleViolationException {

    public SurveyLinkUsedException() {
        super("survey.link.used", "This survey link was already used to answer");
    }
}
