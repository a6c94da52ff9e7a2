package org.kehu.chat;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every half minute, on one node of several, turns the conversations nobody took in time into tickets. Present
 * only when the schedule is on: tests call {@link LiveChat#ticketUnanswered()} themselves.
 */
@Component
@ConditionalOnProperty(name = "kehu.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ChatSchedule {

    private final LiveChat chat;

    ChatSchedule(LiveChat chat) {
        this.chat = chat;
    }

    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    @SchedulerLock(name = "chat.unanswered", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void run() {
        chat.ticketUnanswered();
    }
}
