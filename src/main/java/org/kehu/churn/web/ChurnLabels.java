package org.kehu.churn.web;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.springframework.stereotype.Component;

/** Labels of the codes a warning carries, in the reader's language, for the templates ({@code @churnLabels}). */
@Component("churnLabels")
public class ChurnLabels {

    private final Dictionary dictionary;

    ChurnLabels(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    public String region(String code) {
        return dictionary.regionName(code);
    }

    public String grade(String code) {
        return dictionary.label(DictionaryType.CUSTOMER_GRADE, code);
    }

    public String reason(String code) {
        return dictionary.label(DictionaryType.CHURN_REASON, code);
    }
}
