package org.kehu.rating;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Installs seed 003's models at start when there are none, in every installation (not only the demo's). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DefaultModelsInstaller implements ApplicationRunner {

    private final RatingModels models;
    private final TransactionTemplate tx;

    DefaultModelsInstaller(RatingModels models, TransactionTemplate tx) {
        this.models = models;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> models.installDefaults());
    }
}
