package org.kehu.rating;

import java.util.List;
import java.util.Map;

import org.kehu.rating.ahp.AhpResult;
import org.kehu.shared.InvalidInputException;

/**
 * A well-formed matrix too inconsistent to use (CR ≥ 0.1): a 400 naming {@code matrix} with the reason and each
 * comparison to revise first as {@code matrix[i][j]}, with what the weights would have it be. Carries the
 * analysis, so that pages and the API can show the weights, λmax, CI, RI and CR it gave.
 */
public class InconsistentMatrixException extends InvalidInputException {

    private final transient AhpResult result;
    private final List<String> factorCodes;

    InconsistentMatrixException(Map<String, String> fieldErrors, AhpResult result, List<String> factorCodes) {
        super(fieldErrors);
        this.result = result;
        this.factorCodes = List.copyOf(factorCodes);
    }

    public AhpResult result() {
        return result;
    }

    public List<String> factorCodes() {
        return factorCodes;
    }
}
