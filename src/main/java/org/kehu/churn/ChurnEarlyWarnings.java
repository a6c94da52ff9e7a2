package org.kehu.churn;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kehu.analytics.CustomerPurchases;
import org.kehu.churn.internal.EarlyWarningStore;
import org.kehu.churn.internal.SettingsStore;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early churn warning (issue 9, section 4): customers in the reader's data scope whose probability of being
 * still active (P(alive), from the lifetime value model) is below the settings' threshold, though the six-month rule
 * has not flagged them: no open warning, not lost. Lowest P(alive) first, so the owner calls those first. Nothing is
 * stored: the list follows the scores and the warnings as they are.
 */
@Service
@Transactional(readOnly = true)
public class ChurnEarlyWarnings {

    private final EarlyWarningStore store;
    private final SettingsStore settings;
    private final CustomerPurchases purchases;
    private final UserDirectory users;
    private final Dictionary dictionary;
    private final MessageSource messages;

    ChurnEarlyWarnings(EarlyWarningStore store, SettingsStore settings, CustomerPurchases purchases, UserDirectory users,
            Dictionary dictionary, MessageSource messages) {
        this.store = store;
        this.settings = settings;
        this.purchases = purchases;
        this.users = users;
        this.dictionary = dictionary;
        this.messages = messages;
    }

    /** A page of the list, lowest P(alive) first, each row with its last purchase day; pass {@code next} as {@code after}. */
    @PreAuthorize("hasAuthority('churn.view')")
    public KeysetPage<EarlyWarningRow> page(EarlyWarningFilter filter, String after, int size) {
        KeysetPage<EarlyWarningRow> page = store.page(threshold(), filter, users.ownerScope(), after, size);
        Map<Long, LocalDate> last = purchases.lastPurchases(page.items().stream().map(EarlyWarningRow::customerId).toList());
        return page.map(r -> r.withLastSale(last.get(r.customerId())));
    }

    @PreAuthorize("hasAuthority('churn.view')")
    public CappedCount count(EarlyWarningFilter filter) {
        return store.count(threshold(), filter, users.ownerScope());
    }

    /** The threshold the list applies (the churn settings' P(alive) threshold). */
    public BigDecimal threshold() {
        return settings.current().pAliveThreshold();
    }

    /** Writes the filtered list as CSV or Excel, streamed, with labels in the reader's language. */
    @PreAuthorize("hasAuthority('churn.view') and hasAuthority('report.export')")
    public void export(EarlyWarningFilter filter, TableExport.Format format, OutputStream out) throws IOException {
        List<String> header = List.of("customer.field.code", "customer.field.name", "churn.field.owner",
                "churn.field.region", "churn.field.grade", "churn.field.pAlive", "churn.early.field.expected",
                "churn.early.field.clv").stream().map(this::text).toList();
        TableExport.write(format, out, text("churn.early.title"), header, sink ->
                store.forEach(threshold(), filter, users.ownerScope(), r -> sink.row(Arrays.asList(r.customerCode(),
                        r.customerName(), r.ownerName(), dictionary.regionName(r.provinceCode()),
                        dictionary.label(DictionaryType.CUSTOMER_GRADE, r.gradeCode()), r.pAlive(),
                        r.expectedPurchases365(), r.clv()))));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
