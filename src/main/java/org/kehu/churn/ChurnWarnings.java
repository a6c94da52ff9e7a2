package org.kehu.churn;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.churn.internal.PAliveSource;
import org.kehu.churn.internal.SettingsStore;
import org.kehu.churn.internal.WarningStore;
import org.kehu.customer.CustomerManagement;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Churn warnings for people: the list within the reader's data scope (the customer's owner), the owner's
 * postponement (暂缓流失) and confirmation (确认流失), a customer's churn history and the rule's settings. A
 * customer outside the scope, or without an open warning, is "not found". The daily job that raises the
 * warnings and the listeners that clear them live in the module's internals.
 */
@Service
@Transactional
public class ChurnWarnings {

    /** The longest measure or note kept (the column's size). */
    public static final int MAX_TEXT = 1000;
    /** How far ahead a warning may be postponed: a year, so that no warning is forgotten. */
    public static final int MAX_POSTPONE_DAYS = 366;

    private final WarningStore store;
    private final SettingsStore settings;
    private final PAliveSource pAlive;
    private final CustomerManagement customers;
    private final UserDirectory users;
    private final Dictionary dictionary;
    private final MessageSource messages;
    private final Clock clock;

    ChurnWarnings(WarningStore store, SettingsStore settings, PAliveSource pAlive, CustomerManagement customers,
            UserDirectory users, Dictionary dictionary, MessageSource messages, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.pAlive = pAlive;
        this.customers = customers;
        this.users = users;
        this.dictionary = dictionary;
        this.messages = messages;
        this.clock = clock;
    }

    /** A page of the list, longest without a sale first; pass {@code next} as {@code after}. */
    @PreAuthorize("hasAuthority('churn.view')")
    @Transactional(readOnly = true)
    public KeysetPage<WarningRow> page(WarningFilter filter, String after, int size) {
        KeysetPage<WarningRow> page = store.page(filter, users.ownerScope(), after, size);
        Map<Long, BigDecimal> p = pAlive.of(page.items().stream().map(WarningRow::customerId).toList());
        return p.isEmpty() ? page : page.map(r -> r.withPAlive(p.get(r.customerId())));
    }

    @PreAuthorize("hasAuthority('churn.view')")
    @Transactional(readOnly = true)
    public CappedCount count(WarningFilter filter) {
        return store.count(filter, users.ownerScope());
    }

    /** Warnings of the reader's customers waiting for their owner (for dashboards). */
    @PreAuthorize("hasAuthority('churn.view')")
    @Transactional(readOnly = true)
    public CappedCount pendingCount() {
        return store.count(new WarningFilter(WarningState.PENDING, null, null, null), users.ownerScope());
    }

    /** Writes the filtered list as CSV or Excel, streamed, with labels in the reader's language. */
    @PreAuthorize("hasAuthority('churn.view') and hasAuthority('report.export')")
    @Transactional(readOnly = true)
    public void export(WarningFilter filter, TableExport.Format format, OutputStream out) throws IOException {
        List<String> header = List.of("customer.field.code", "customer.field.name", "churn.field.owner", "churn.field.region",
                "churn.field.grade", "churn.field.state", "churn.field.lastSale", "churn.field.flaggedOn",
                "churn.field.postponedUntil", "churn.field.measure", "churn.field.reason").stream().map(this::text).toList();
        TableExport.write(format, out, text("churn.list.title"), header, sink ->
                store.forEach(filter, users.ownerScope(), r -> sink.row(java.util.Arrays.asList(r.customerCode(),
                        r.customerName(), r.ownerName(), dictionary.regionName(r.provinceCode()),
                        dictionary.label(DictionaryType.CUSTOMER_GRADE, r.gradeCode()), text(r.state().labelKey()),
                        str(r.lastSale()), str(r.flaggedOn()), str(r.postponedUntil()), r.measure(),
                        r.reasonCode() == null ? null : dictionary.label(DictionaryType.CHURN_REASON, r.reasonCode())))));
    }

    /** The customer's warning that is not cleared; 404 when there is none or the customer is outside the scope. */
    @PreAuthorize("hasAuthority('churn.view')")
    @Transactional(readOnly = true)
    public WarningRow open(long customerId) {
        WarningRow row = inScope(customerId);
        return row.withPAlive(pAlive.of(List.of(customerId)).get(customerId));
    }

    /**
     * 暂缓流失: records the measure taken and rests the warning until a day after today (at most a year ahead);
     * the daily job brings it back then if the customer has still not bought. 400 naming {@code measure} or
     * {@code until}; 409 when the churn is already confirmed.
     */
    @PreAuthorize("hasAuthority('churn.handle')")
    public WarningRow postpone(long customerId, PostponeInput input) {
        WarningRow warning = handleable(customerId);
        Map<String, String> errors = new LinkedHashMap<>();
        String measure = input.getMeasure() == null ? null : input.getMeasure().strip();
        if (measure == null || measure.isEmpty()) {
            errors.put("measure", "churn.error.required");
        } else if (!InputLimits.fitsLength(measure, MAX_TEXT)) {
            errors.put("measure", "churn.error.too-long");
        }
        LocalDate today = LocalDate.now(clock);
        if (input.getUntil() == null) {
            errors.put("until", "churn.error.required");
        } else if (!input.getUntil().isAfter(today)) {
            errors.put("until", "churn.error.until-past");
        } else if (input.getUntil().isAfter(today.plusDays(MAX_POSTPONE_DAYS))) {
            errors.put("until", "churn.error.until-far");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!store.postpone(warning.id(), measure, input.getUntil(), users.requireCurrentUser().id(), clock.instant())) {
            throw new ConcurrentEditException("Churn warning", warning.id());
        }
        return store.open(customerId).orElseThrow();
    }

    /**
     * 确认流失: the customer is lost, for a reason of the dictionary (CHURN_REASON); the customer's status becomes
     * LOST. 400 naming {@code reason} or {@code note}; 409 when already confirmed.
     */
    @PreAuthorize("hasAuthority('churn.handle')")
    public WarningRow confirm(long customerId, ConfirmInput input) {
        WarningRow warning = handleable(customerId);
        Map<String, String> errors = new LinkedHashMap<>();
        String reason = input.getReason() == null ? null : input.getReason().strip();
        if (reason == null || reason.isEmpty()) {
            errors.put("reason", "churn.error.required");
        } else if (!dictionary.isValid(DictionaryType.CHURN_REASON, reason)) {
            errors.put("reason", "churn.error.reason-unknown");
        }
        String note = input.getNote() == null || input.getNote().isBlank() ? null : input.getNote().strip();
        if (!InputLimits.fitsLength(note, MAX_TEXT)) {
            errors.put("note", "churn.error.too-long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!store.confirm(warning.id(), reason, note, LocalDate.now(clock), users.requireCurrentUser().id(), clock.instant())) {
            throw new ConcurrentEditException("Churn warning", warning.id());
        }
        customers.changeStatus(List.of(customerId), java.util.EnumSet.of(org.kehu.customer.CustomerStatus.ACTIVE,
                org.kehu.customer.CustomerStatus.CHURN_WARNING), org.kehu.customer.CustomerStatus.LOST);
        return store.open(customerId).orElseThrow();
    }

    /** The customer's open warning (or none) and its whole churn history; 404 outside the scope. */
    @PreAuthorize("hasAuthority('churn.view')")
    @Transactional(readOnly = true)
    public CustomerChurn ofCustomer(long customerId) {
        if (customers.summary(customerId).isEmpty()) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        WarningRow open = store.open(customerId).orElse(null);
        if (open != null) {
            Map<Long, BigDecimal> p = pAlive.of(List.of(customerId));
            open = open.withPAlive(p.get(customerId));
        }
        return new CustomerChurn(customerId, open, store.history(customerId));
    }

    @Transactional(readOnly = true)
    public ChurnSettings settings() {
        return settings.current();
    }

    /** Saves the settings; 400 naming {@code inactivityMonths} or {@code threshold}, 409 when someone saved first. */
    @PreAuthorize("hasAuthority('model.edit') or hasAuthority('setting.edit')")
    public ChurnSettings saveSettings(SettingsInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.getInactivityMonths() == null) {
            errors.put("inactivityMonths", "churn.error.required");
        } else if (input.getInactivityMonths() < 1 || input.getInactivityMonths() > 60) {
            errors.put("inactivityMonths", "churn.error.months");
        }
        BigDecimal t = input.getThreshold();
        if (t == null) {
            errors.put("threshold", "churn.error.required");
        } else if (!InputLimits.fitsNumeric(t, 4, 3) || t.signum() <= 0 || t.compareTo(BigDecimal.ONE) >= 0
                || t.stripTrailingZeros().scale() > 3) {
            errors.put("threshold", "churn.error.threshold");
        }
        if (input.getVersion() == null) {
            errors.put("version", "churn.error.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CurrentUser user = users.requireCurrentUser();
        if (!settings.save(input.getInactivityMonths(), t, input.getVersion(), user.id(), clock.instant())) {
            throw new ConcurrentEditException("Churn settings", 1);
        }
        return settings.current();
    }

    private WarningRow inScope(long customerId) {
        return store.open(customerId).filter(w -> users.ownerScope().permits(w.ownerId()))
                .orElseThrow(() -> new RecordNotFoundException("Churn warning of customer", customerId));
    }

    private WarningRow handleable(long customerId) {
        WarningRow warning = inScope(customerId);
        if (!warning.state().canBeHandled()) {
            throw new RuleViolationException("churn.error.already-confirmed", "The churn is already confirmed");
        }
        return warning;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
