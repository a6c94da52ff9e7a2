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
        try {
            ClvModel model = fitting.fitAndScoreNow(fitting.today());
            log.info("Demo CLV model {} fitted to {} customers", model.id(), model.customers());
        } catch (TooFewDataException e) {
            log.warn("No demo CLV model: {}", e.getMessage());
        }
    }
}
