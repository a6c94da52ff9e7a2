package org.kehu.rating;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.rating.Factor.GradeText;
import org.kehu.rating.ahp.RandomIndex;
import org.kehu.shared.InvalidInputException;

/** The rules of a model's names and factors that Bean Validation cannot say: one place for the page and the API. */
final class ModelChecks {

    static final int NAME_MAX = 100;
    static final int GRADE_TEXT_MAX = 200;

    private ModelChecks() {
    }

    static void names(String nameZh, String nameEn, Map<String, String> errors) {
        text(nameZh, "nameZh", NAME_MAX, errors);
        text(nameEn, "nameEn", NAME_MAX, errors);
    }

    static void factors(List<Factor> factors, Map<String, String> errors) {
        if (factors == null || factors.isEmpty()) {
            errors.put("factors", "rating.error.required");
            return;
        }
        if (factors.size() > RandomIndex.MAX_ORDER) {
            errors.put("factors", "rating.matrix.error.order");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            String at = "factors[" + i + "]";
            if (f == null) {
                errors.put(at, "rating.error.required");
                continue;
            }
            if (f.code() == null || !f.code().matches("[a-z0-9]{1,8}")) {
                errors.put(at + ".code", "rating.error.factor-code");
            } else if (!codes.add(f.code())) {
                errors.put(at + ".code", "rating.error.factor-code-twice");
            }
            text(f.nameZh(), at + ".nameZh", NAME_MAX, errors);
            text(f.nameEn(), at + ".nameEn", NAME_MAX, errors);
            List<GradeText> grades = f.grades();
            if (grades == null || grades.size() != 4) {
                errors.put(at + ".grades", "rating.error.four-grades");
                continue;
            }
            for (int g = 0; g < 4; g++) {
                GradeText t = grades.get(g);
                if (t == null || t.grade() != g) {
                    errors.put(at + ".grades[" + g + "]", "rating.error.four-grades");
                    continue;
                }
                text(t.zh(), at + ".grades[" + g + "].zh", GRADE_TEXT_MAX, errors);
                text(t.en(), at + ".grades[" + g + "].en", GRADE_TEXT_MAX, errors);
            }
        }
    }

    static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static Map<String, String> errors() {
        return new LinkedHashMap<>();
    }

    private static void text(String value, String field, int max, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "rating.error.required");
        } else if (value.strip().length() > max) {
            errors.put(field, "rating.error.too-long");
        }
    }
}
