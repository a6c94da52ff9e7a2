package org.kehu.marketing.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.mail.Mailer;
import org.kehu.mail.OutgoingMail;
import org.kehu.marketing.MarketingChannel;
import org.kehu.marketing.TouchSource;
import org.kehu.marketing.reach.MarketingGate;
import org.kehu.marketing.reach.TouchPurpose;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer care (客户关怀): prepares the greetings due in the next days for each owner, lets the owner edit their
 * words and send them by e-mail, and answers what is due on any day. What was sent shows on the customer's
 * timeline ({@link GreetingTimeline}).
 */
@Service
class CareGreetings {

    static final String SKIPPED_OPTED_OUT = "OPTED_OUT";
    static final String SKIPPED_BY_GATE = "HELD_BACK";

    private final DueGreetings due;
    private final GreetingStore store;
    private final GreetingTexts texts;
    private final CareSettings settings;
    private final UserDirectory users;
    private final Mailer mailer;
    private final MarketingGate gate;
    private final Clock clock;

    CareGreetings(DueGreetings due, GreetingStore store, GreetingTexts texts, CareSettings settings, UserDirectory users,
            Mailer mailer, MarketingGate gate, Clock clock) {
        this.due = due;
        this.store = store;
        this.texts = texts;
        this.settings = settings;
        this.users = users;
        this.mailer = mailer;
        this.gate = gate;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The greetings due on a day, computed, in the current user's scope. */
    @Transactional(readOnly = true)
    List<DueGreeting> dueOn(LocalDate date) {
        if (!InputLimits.isWithinDateRange(date) || date.getYear() < 1901 || date.getYear() > 2099) {
            throw InvalidInputException.of("date", "care.error.date");
        }
        return due.on(date, users.ownerScope());
    }

    /**
     * Prepares the greetings due from {@code today} to {@code today} + the lead days, for every owner; a greeting
     * already prepared is kept as it is (the owner may have edited it). Answers how many are new.
     */
    @Transactional
    int prepare(LocalDate today) {
        int added = 0;
        for (int d = 0; d <= settings.leadDays(); d++) {
            added += prepareOn(today.plusDays(d));
        }
        return added;
    }

    /** Prepares the greetings due on one day, for every owner; answers how many are new. */
    @Transactional
    int prepareOn(LocalDate day) {
        List<DueGreeting> greetings = due.on(day, OwnerScope.everything());
        Set<Long> owners = new HashSet<>();
        greetings.forEach(g -> owners.add(g.ownerId()));
        owners.remove(null);
        Map<Long, String> names = users.names(owners);
        int added = 0;
        for (DueGreeting g : greetings) {
            String owner = g.ownerId() == null ? null : names.get(g.ownerId());
            if (store.add(g, texts.subject(g, owner), texts.body(g, owner))) {
                added++;
            }
        }
        return added;
    }

    /** The current user's greetings of the coming days (and of the last week, to see what was sent). */
    @Transactional(readOnly = true)
    List<GreetingRow> list(LocalDate today) {
        List<GreetingRow> rows = store.between(today.minusDays(7), today.plusDays(Math.max(settings.leadDays(), 7)),
                users.ownerScope());
        Map<Long, String> names = users.names(rows.stream().map(GreetingRow::ownerId).filter(Objects::nonNull)
                .distinct().toList());
        List<GreetingRow> named = new ArrayList<>(rows.size());
        rows.forEach(r -> named.add(r.withOwnerName(r.ownerId() == null ? null : names.get(r.ownerId()))));
        return named;
    }

    @Transactional(readOnly = true)
    GreetingRow get(long id) {
        return store.find(id, users.ownerScope()).orElseThrow(() -> new RecordNotFoundException("greeting", id));
    }

    @Transactional
    GreetingRow edit(long id, GreetingInput input) {
        GreetingRow row = get(id);
        if (InputLimits.hasControlCharacter(input.subject()) || InputLimits.hasControlCharacter(input.body())) {
            throw InvalidInputException.of("body", "care.error.control");
        }
        if (!row.open()) {
            throw new RuleViolationException("care.error.not-open", "The greeting was already sent or skipped");
        }
        if (!store.edit(id, input.subject().strip(), input.body().strip(), input.version())) {
            throw new ConcurrentEditException("greeting", id);
        }
        return get(id);
    }

    /** Sends the greeting by e-mail in the current user's name; a contact who opted out meanwhile is skipped. */
    @Transactional
    GreetingRow send(long id) {
        GreetingRow row = get(id);
        if (!row.open()) {
            throw new RuleViolationException("care.error.not-open", "The greeting was already sent or skipped");
        }
        deliver(row, users.requireCurrentUser().id());
        return get(id);
    }

    /** Sends the prepared greetings of the day itself, where the setting says so; answers how many were sent. */
    @Transactional
    int sendDue(LocalDate today) {
        if (!settings.autoSend()) {
            return 0;
        }
        int sent = 0;
        for (long id : store.preparedOn(today)) {
            GreetingRow row = store.find(id, OwnerScope.everything()).orElse(null);
            if (row != null && deliver(row, null)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(GreetingRow row, Long actorId) {
        if (store.optedOut(row.contactId()) || row.email() == null || row.email().isBlank()) {
            store.markSkipped(row.id(), SKIPPED_OPTED_OUT);
            return false;
        }
        // The one gate every marketing touch passes: a greeting is care (no consent needed, not counted in the cap),
        // but the gate has the last word on opt-outs and addresses and keeps the decision per greeting.
        if (!gate.admitOne(new TouchSource(TouchSource.GREETING, row.id()), MarketingChannel.EMAIL, TouchPurpose.CARE,
                row.contactId())) {
            store.markSkipped(row.id(), SKIPPED_BY_GATE);
            return false;
        }
        long mailId = mailer.send(new OutgoingMail(row.email(), row.subject(), GreetingTexts.html(row.body()), row.body()));
        return store.markSent(row.id(), mailId, actorId, clock.instant());
    }
}
