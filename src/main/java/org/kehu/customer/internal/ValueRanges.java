package org.kehu.customer.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.customer.CustomerFilter;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;

/**
 * The customer list's lifetime value ranges, read from the filter's text: P(alive) between 0 and 1 (at most six
 * decimals), CLV a sum of yuan (two decimals), each lower bound not above its upper one. The page shows each message
 * beside its field; the API answers 400 naming it.
 */
public record ValueRanges(BigDecimal pAliveMin, BigDecimal pAliveMax, BigDecimal clvMin, BigDecimal clvMax) {

    private static final BigDecimal MAX_CLV = new BigDecimal("99999999999999.99");

    /** What is wrong with the filter's ranges, field by field (message keys); empty when all is well. */
    public static Map<String, String> errors(CustomerFilter f) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal pMin = number(f.pAliveMin(), "pAliveMin", 6, BigDecimal.ONE, "customer.error.p-alive", errors);
        BigDecimal pMax = number(f.pAliveMax(), "pAliveMax", 6, BigDecimal.ONE, "customer.error.p-alive", errors);
        BigDecimal cMin = number(f.clvMin(), "clvMin", 2, MAX_CLV, "customer.error.clv", errors);
        BigDecimal cMax = number(f.clvMax(), "clvMax", 2, MAX_CLV, "customer.error.clv", errors);
        if (pMin != null && pMax != null && pMin.compareTo(pMax) > 0) {
            errors.put("pAliveMax", "customer.error.range");
        }
        if (cMin != null && cMax != null && cMin.compareTo(cMax) > 0) {
            errors.put("clvMax", "customer.error.range");
        }
        return errors;
    }

    /** The ranges; 400 naming the first bad field. */
    public static ValueRanges of(CustomerFilter f) {
        Map<String, String> errors = errors(f);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ValueRanges(parse(f.pAliveMin()), parse(f.pAliveMax()), parse(f.clvMin()), parse(f.clvMax()));
    }

    /** Whether any range is given (the list's count then joins the scores). */
    public boolean any() {
        return pAliveMin != null || pAliveMax != null || clvMin != null || clvMax != null;
    }

    private static BigDecimal number(String text, String field, int scale, BigDecimal max, String key,
            Map<String, String> errors) {
        if (text == null) {
            return null;
        }
        BigDecimal n = InputLimits.fitsLength(text, 32) ? parse(text) : null;
        if (n == null || n.signum() < 0 || n.compareTo(max) > 0 || n.stripTrailingZeros().scale() > scale) {
            errors.put(field, key);
            return null;
        }
        return n;
    }

    private static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
