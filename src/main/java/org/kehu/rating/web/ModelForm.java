package org.kehu.rating.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.rating.Factor;
import org.kehu.rating.Factor.Evidence;
import org.kehu.rating.Factor.GradeText;
import org.kehu.rating.ModelDetails;
import org.kehu.rating.ahp.PairwiseMatrix;
import org.kehu.rating.ahp.RandomIndex;
import org.kehu.shared.InputLimits;

/**
 * The new-model form's fields besides the matrix: the names and, per factor, its code, names, the four grades'
 * descriptions and the evidence a grade may be proposed from. The inputs are named as the checks name their
 * fields ({@code factors[2].grades[3].en}), so that each message lands beside its input.
 */
final class ModelForm {

    static final int DEFAULT_ORDER = 5;
    static final int GRADES = 4;
    /** Longer than any allowed text, so the checks still see a text that is too long and say so. */
    private static final int MAX_TYPED = 1000;

    private ModelForm() {
    }

    static String factor(int i, String part) {
        return "factors[" + i + "]." + part;
    }

    static String grade(int i, int g, String language) {
        return "factors[" + i + "].grades[" + g + "]." + language;
    }

    /** The number of factors asked for: 2 to 15, else {@code fallback}. */
    static int order(String text, int fallback) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            return n >= PairwiseMatrix.MIN_ORDER && n <= RandomIndex.MAX_ORDER ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** An empty form of n factors with the codes a, b, c … filled in. */
    static Map<String, String> blank(int n) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            values.put(factor(i, "code"), String.valueOf((char) ('a' + i)));
        }
        return values;
    }

    /** A model's factors and names, to start a new model from. */
    static Map<String, String> of(ModelDetails model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("nameZh", model.nameZh());
        values.put("nameEn", model.nameEn());
        List<Factor> factors = model.factors();
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            values.put(factor(i, "code"), f.code());
            values.put(factor(i, "nameZh"), f.nameZh());
            values.put(factor(i, "nameEn"), f.nameEn());
            values.put(factor(i, "evidence"), f.evidence() == null ? "" : f.evidence().name());
            for (GradeText g : f.grades()) {
                values.put(grade(i, g.grade(), "zh"), g.zh());
                values.put(grade(i, g.grade(), "en"), g.en());
            }
        }
        return values;
    }

    /** The fields of n factors as typed (cut where far too long), to show them again beside their messages. */
    static Map<String, String> typed(Map<String, String> params, int n) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, params, "nameZh");
        put(values, params, "nameEn");
        for (int i = 0; i < n; i++) {
            for (String part : List.of("code", "nameZh", "nameEn", "evidence")) {
                put(values, params, factor(i, part));
            }
            for (int g = 0; g < GRADES; g++) {
                put(values, params, grade(i, g, "zh"));
                put(values, params, grade(i, g, "en"));
            }
        }
        return values;
    }

    /**
     * The fields holding a control character, with the message key saying so: the form's parameters come as a map,
     * past the binder that refuses them elsewhere, and a NUL byte would not even fit a jsonb text.
     */
    static void refuseControlCharacters(Map<String, String> values, Map<String, String> errors) {
        values.forEach((field, value) -> {
            if (InputLimits.hasControlCharacter(value)) {
                errors.put(field, "input.error.control-character");
            }
        });
    }

    /**
     * The factors as typed; an unknown evidence (only possible by editing the request) is named in {@code errors}
     * as a message key.
     */
    static List<Factor> factors(Map<String, String> values, int n, Map<String, String> errors) {
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<GradeText> grades = new ArrayList<>();
            for (int g = 0; g < GRADES; g++) {
                grades.add(new GradeText(g, values.get(grade(i, g, "zh")), values.get(grade(i, g, "en"))));
            }
            String code = values.get(factor(i, "code"));
            factors.add(new Factor(code == null ? null : code.strip(), values.get(factor(i, "nameZh")),
                    values.get(factor(i, "nameEn")), grades, evidence(values.get(factor(i, "evidence")), factor(i, "evidence"), errors)));
        }
        return factors;
    }

    private static Evidence evidence(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Evidence e : Evidence.values()) {
            if (e.name().equals(text.strip())) {
                return e;
            }
        }
        errors.put(field, "rating.error.evidence");
        return null;
    }

    private static void put(Map<String, String> values, Map<String, String> params, String field) {
        String v = params.get(field);
        values.put(field, v == null ? "" : v.length() > MAX_TYPED ? v.substring(0, MAX_TYPED) : v);
    }
}
