package org.kehu.portal.showcase;

import java.util.Map;

import org.kehu.shared.InputLimits;

/** The field rules the showcase forms share: required, lengths as the columns hold them, web addresses. */
final class TextChecks {

    private TextChecks() {
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static void required(Map<String, String> errors, String field, String value, int max) {
        if (value == null) {
            errors.put(field, "showcase.error.required");
        } else {
            length(errors, field, value, max);
        }
    }

    static void length(Map<String, String> errors, String field, String value, int max) {
        if (!InputLimits.fitsLength(value, max)) {
            errors.put(field, "showcase.error.too-long");
        }
    }

    /** A link the public pages open: http or https only, so that no {@code javascript:} address is ever shown. */
    static void website(Map<String, String> errors, String field, String value) {
        if (value == null) {
            return;
        }
        length(errors, field, value, 200);
        if (!value.matches("(?i)https?://[^\\s<>\"]+\\.[^\\s<>\"]+")) {
            errors.put(field, "showcase.error.website");
        }
    }

    static int sortOrder(Map<String, String> errors, Integer value) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 100_000) {
            errors.put("sortOrder", "showcase.error.sort-order");
        }
        return value;
    }

    static <E extends Enum<E>> E choice(Map<String, String> errors, String field, Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.put(field, "showcase.error.choice");
            return null;
        }
    }
}
