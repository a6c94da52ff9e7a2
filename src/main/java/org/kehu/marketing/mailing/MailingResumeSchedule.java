package org.kehu.marketing.mailing;

import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resumes, every minute on one node, the mailings a stopped node left unfinished ({@link MailingRunner#resumeStale()}).
 * The first round comes half a minute after the start, so a node that restarts picks up its own mailings itself.
 * A bean of its own, present only when {@code kehu.scheduling.enabled} is not false, like the other schedules.
 */
@Component
@ConditionalOnProperty(name = "kehu.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class MailingResumeSchedule {

    private final MailingRunner runner;

    MailingResumeSchedule(MailingRunner runner) {
        this.runner = runner;
    }

    @Scheduled(fixedDelay = 60, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
    // Held at least half a minute: another node's round in that time skips, so a stale mailing is launched once.
    @SchedulerLock(name = "marketing.mailing-resume", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    void resume() {
        runner.resumeStale();
    }
}
