package org.kehu.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.Phone;
import org.kehu.shared.PhoneNumber;
import org.springframework.stereotype.Component;

/** Checks what a user entered for an opportunity and cleans it; every problem names its field. */
@Component
class OpportunityChecks {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final Dictionary dictionary;
    private final Stages stages;

    OpportunityChecks(Dictionary dictionary, Stages stages) {
        this.dictionary = dictionary;
        this.stages = stages;
    }

    /**
     * {@code current} is the opportunity being edited (null when creating): a probability left as it was,
     * and not set by hand, follows the (new) stage's default.
     */
    OpportunityFields check(OpportunityInput in, Opportunity current) {
        Map<String, String> e = new LinkedHashMap<>();
        String prospect = clean(in.getProspectName());
        String summary = clean(in.getSummary());
        String source = clean(in.getSourceCode());
        String stage = clean(in.getStageCode());
        if (stage == null) {
            // A new one starts at the first stage; an update without a stage keeps the one it has.
            stage = current == null ? stages.first() : current.getStageCode();
        }
        required(e, "prospectName", prospect);
        length(e, "prospectName", prospect, 200);
        required(e, "summary", summary);
        length(e, "summary", summary, 300);
        length(e, "contactName", in.getContactName(), 100);
        length(e, "description", in.getDescription(), 4000);
        if (source != null && !dictionary.isValid(DictionaryType.OPPORTUNITY_SOURCE, source)
                && (current == null || !source.equals(current.getSourceCode()))) {
            e.put("sourceCode", "sales.error.unknown-code");
        }
        if (stage == null) {
            e.put("stageCode", "sales.error.required");
        } else if (!stages.isValid(stage) && (current == null || !stage.equals(current.getStageCode()))) {
            e.put("stageCode", "sales.error.unknown-code");
        }
        String phone = PhoneNumber.normalise(in.getContactPhone());
        if (phone != null && !PhoneNumber.isValid(phone)) {
            e.put("contactPhone", Phone.MESSAGE_KEY);
        }
        BigDecimal amount = in.getExpectedAmount();
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2)) {
            e.put("expectedAmount", "sales.error.amount");
        }
        Integer p = in.getProbability();
        if (p != null && (p < 0 || p > 100)) {
            e.put("probability", "sales.error.probability");
        }
        LocalDate close = in.getExpectedCloseDate();
        if (close != null && (close.getYear() < 2000 || close.getYear() > 2100)) {
            e.put("expectedCloseDate", "sales.error.date");
        }
        if (current != null && in.getVersion() == null) {
            e.put("version", "sales.error.required");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
        Integer stageDefault = stages.defaultProbability(stage);
        int probability;
        boolean manual;
        boolean untouched = p == null
                || current != null && !current.isProbabilityManual() && p == current.getProbability();
        if (untouched) {
            probability = stageDefault != null ? stageDefault : current != null ? current.getProbability() : 0;
            manual = false;
        } else {
            probability = p;
            manual = stageDefault == null || p.intValue() != stageDefault;
        }
        return new OpportunityFields(source, prospect, probability, manual, summary, clean(in.getContactName()), phone,
                clean(in.getDescription()), amount, close, stage);
    }

    private static void required(Map<String, String> e, String field, String value) {
        if (value == null) {
            e.put(field, "sales.error.required");
        }
    }

    private static void length(Map<String, String> e, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            e.putIfAbsent(field, "sales.error.too-long");
        }
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
