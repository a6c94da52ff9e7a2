package org.kehu.analytics.value;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Fits the BG/NBD and Gamma-Gamma models on the purchases up to a calibration end, stores the fit with its
 * holdout figure and has every customer scored under it. The fit itself runs on the summaries (one row per
 * distinct history), so it answers at once; the scoring of every customer follows as a job.
 */
@Service
class ClvFitting {

    private static final Logger log = LoggerFactory.getLogger(ClvFitting.class);
    /** A scoring that has not finished after this long died with its node: a new fit may start. */
    private static final Duration STALE = Duration.ofHours(2);

    private final PurchaseSummaries summaries;
    private final ClvModelStore store;
    private final ClvScoring scoring;
    private final Clock clock;

    ClvFitting(PurchaseSummaries summaries, ClvModelStore store, ClvScoring scoring, Clock clock) {
        this.summaries = summaries;
        this.store = store;
        this.scoring = scoring;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Fits up to {@code end} (today when null) and starts scoring in the background. */
    ClvModel fitAndScore(LocalDate end, Long userId) {
        store.latest().filter(m -> m.status() == ClvModel.Status.SCORING)
                .filter(m -> m.startedAt().isAfter(Instant.now(clock).minus(STALE))).ifPresent(m -> {
                    throw new RuleViolationException("clv.fit.busy",
                            "Customers are still being scored under the previous fit; try again when it has finished");
                });
        ClvModel model = fit(end, userId);
        scoring.start(model);
        return model;
    }

    /** Fits and scores in the caller's transaction (the demo data). */
    ClvModel fitAndScoreNow(LocalDate end) {
        ClvModel model = fit(end, null);
        scoring.score(model, false);
        return store.find(model.id()).orElseThrow();
    }

    ClvModel fit(LocalDate requestedEnd, Long userId) {
        LocalDate end = requestedEnd == null ? today() : requestedEnd;
        if (end.isAfter(today())) {
            throw InvalidInputException.of("calibrationEnd", "clv.fit.endInFuture");
        }
        if (end.isBefore(LocalDate.of(1900, 1, 1))) {
            throw InvalidInputException.of("calibrationEnd", "clv.fit.endTooEarly");
        }
        long started = System.nanoTime();
        BgNbdData bgData = summaries.bgNbd(end);
        ModelFitter.Fitted<BgNbd> bg = ModelFitter.fitBgNbd(bgData);
        ModelFitter.Fitted<GammaGamma> gg = ModelFitter.fitGammaGamma(summaries.gammaGamma(end));
        Holdout holdout = Holdout.of(bg.model(), end, summaries.firstPurchases(end), summaries.repeatPurchasesPerDay(end));
        long id = store.insert(end, userId, bgData.customers(), bgData.repeatCustomers(), bg, gg, store.settings(),
                holdout);
        log.info("CLV model {} fitted to {} customers up to {} in {} ms", id, Math.round(bgData.customers()), end,
                (System.nanoTime() - started) / 1_000_000);
        return store.find(id).orElseThrow();
    }
}
