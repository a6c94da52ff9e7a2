package org.kehu.analytics.value;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Fits the BG/NBD and Gamma-Gamma models on the purchases up to a calibration end, stores the fit with its
 * holdout figure and has every customer scored under it. The fit itself runs on the summaries (one row per
 * distinct history), so the API answers it at once; the scoring of every customer follows as a job. From the page
 * the fit runs in the background too ({@link #startPageFit}): on a loaded machine or a large history it takes
 * seconds, and the page shows that it runs instead of a request that hangs, then the chart or the refusal.
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
    /** The page's fit on this node, the newest; null before the first. */
    private final AtomicReference<PageFit> pageFit = new AtomicReference<>();
    private final ExecutorService pageFits = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "clv-page-fit");
        thread.setDaemon(true);
        return thread;
    });

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
        refuseWhileBusy();
        ClvModel model = fit(end, userId);
        scoring.start(model);
        return model;
    }

    private void refuseWhileBusy() {
        PageFit page = pageFit.get();
        boolean fitting = page != null && page.running();
        boolean scoringNow = store.latest().filter(m -> m.status() == ClvModel.Status.SCORING)
                .filter(m -> m.startedAt().isAfter(Instant.now(clock).minus(STALE))).isPresent();
        if (fitting || scoringNow) {
            throw new RuleViolationException("clv.fit.busy",
                    "Customers are still being scored under the previous fit; try again when it has finished");
        }
    }

    /**
     * The page's fit: checks the date and that no fit or scoring runs (refusing at once), then fits and scores in
     * the background; waits up to {@code wait} so that a quick fit needs no progress display. Answers the state.
     */
    synchronized PageFit startPageFit(LocalDate requestedEnd, Long userId, Duration wait) {
        LocalDate end = requestedEnd == null ? today() : requestedEnd;
        checkEnd(end);
        refuseWhileBusy();
        PageFit started = PageFit.started(end, Instant.now(clock));
        pageFit.set(started);
        Future<?> run = pageFits.submit(() -> {
            ClvModel model;
            try {
                model = fit(end, userId);
            } catch (RuleViolationException e) {
                pageFit.set(started.refused(e.messageKey(), e.args()));
                return;
            } catch (RuntimeException e) {
                log.error("The CLV fit up to {} failed", end, e);
                pageFit.set(started.refused("clv.fit.failed", new Object[] {String.valueOf(e.getMessage())}));
                return;
            }
            pageFit.set(started.fitted(model.id()));
            try {
                scoring.score(model, true);
            } catch (RuntimeException e) {
                log.error("Scoring customers under CLV model {} failed", model.id(), e);
                store.failed(model.id(), e.getMessage());
            }
        });
        try {
            run.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // the page shows the progress
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.error("The CLV page fit failed", e);
        }
        return pageFit.get();
    }

    /** The newest page fit on this node, if any. */
    Optional<PageFit> pageFit() {
        return Optional.ofNullable(pageFit.get());
    }

    @PreDestroy
    void stop() {
        pageFits.shutdownNow();
    }

    /** Fits and scores in the caller's transaction (the demo data). */
    ClvModel fitAndScoreNow(LocalDate end) {
        ClvModel model = fit(end, null);
        scoring.score(model, false);
        return store.find(model.id()).orElseThrow();
    }

    ClvModel fit(LocalDate requestedEnd, Long userId) {
        LocalDate end = requestedEnd == null ? today() : requestedEnd;
        checkEnd(end);
        long started = System.nanoTime();
        FitInput input = summaries.fitInput(end);
        BgNbdData bgData = input.bgNbd();
        long read = System.nanoTime();
        ModelFitter.Fitted<BgNbd> bg = ModelFitter.fitBgNbd(bgData);
        long bgFitted = System.nanoTime();
        ModelFitter.Fitted<GammaGamma> gg = ModelFitter.fitGammaGamma(input.gammaGamma());
        long ggFitted = System.nanoTime();
        Holdout holdout = Holdout.of(bg.model(), end, input.firstPurchases(), input.repeatPurchasesPerDay());
        long id = store.insert(end, userId, bgData.customers(), bgData.repeatCustomers(), bg, gg, store.settings(),
                holdout);
        long now = System.nanoTime();
        log.info("CLV model {} fitted to {} customers up to {} in {} ms: purchases read in {} ms ({} distinct histories,"
                + " {} spending rows), BG/NBD {} ms, Gamma-Gamma {} ms, holdout and store {} ms", id,
                Math.round(bgData.customers()), end, millis(started, now), millis(started, read), bgData.rows(),
                input.gammaGamma().rows(), millis(read, bgFitted), millis(bgFitted, ggFitted), millis(ggFitted, now));
        return store.find(id).orElseThrow();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private void checkEnd(LocalDate end) {
        if (end.isAfter(today())) {
            throw InvalidInputException.of("calibrationEnd", "clv.fit.endInFuture");
        }
        if (end.isBefore(LocalDate.of(1900, 1, 1))) {
            throw InvalidInputException.of("calibrationEnd", "clv.fit.endTooEarly");
        }
    }
}
