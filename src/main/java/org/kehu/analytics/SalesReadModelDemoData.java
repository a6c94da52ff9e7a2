package org.kehu.analytics;

import org.kehu.shared.DemoData;
import org.springframework.stereotype.Component;

/** The demo orders go in by COPY, without events: the read model is built from them once they are all there. */
@Component
class SalesReadModelDemoData implements DemoData {

    private final SalesReadModel model;

    SalesReadModelDemoData(SalesReadModel model) {
        this.model = model;
    }

    @Override
    public Step step() {
        return Step.READ_MODELS;
    }

    @Override
    public void load() {
        model.rebuildAll();
    }
}
