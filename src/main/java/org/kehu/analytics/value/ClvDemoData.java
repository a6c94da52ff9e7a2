package org.kehu.analytics.value;

import org.kehu.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A fitted lifetime value model at first start: fitted on the demo orders up to today, every customer scored.
 * When the demo orders are too few the demo goes on without a model (the page says so and offers the fit).
 */
@Component
class ClvDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(ClvDemoData.class);

    private final ClvFitting fitting;

    ClvDemoData(ClvFitting fitting) {
        this.fitting = fitting;
    }

    @Override
    public Step step() {
        return Step.MODELS;
    }

    @Override
    public void load() {
        // The demo orders are generated afresh at each first start, relative to the clock, so on some days the
        // spend of the customers up to today is too alike for the Gamma-Gamma part to have a maximum. The demo then
        // fits up to an earlier week end, as an analyst would move the calibration end, rather than show no model.
        TooFewDataException last = null;
        for (int weeksBack = 0; weeksBack <= 8; weeksBack++) {
            try {
                ClvModel model = fitting.fitAndScoreNow(fitting.today().minusWeeks(weeksBack));
                log.info("Demo CLV model {} fitted to {} customers", model.id(), model.customers());
                return;
            } catch (TooFewDataException e) {
                last = e;
            }
        }
        log.warn("No demo CLV model: {}", last.getMessage());
    }
}
