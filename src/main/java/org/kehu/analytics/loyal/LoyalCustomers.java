package org.kehu.analytics.loyal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kehu.identity.UserDirectory;
import org.kehu.rating.RatingKind;
import org.kehu.rating.RatingLevel;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loyal customer identification (seed 002, 客户忠诚度智能分析: 忠诚客户识别). A customer is on the list when he is
 * still buying (P(alive) at least the setting) and either the account manager rated him loyal (the rating module's
 * latest loyalty level, at least the setting's level) or his lifetime value is among the top share of the scored
 * customers: attitude or value, confirmed by behaviour. Each row says which of these hold. The reader's data scope
 * applies (the customer's owner).
 */
@Service
@Transactional(readOnly = true)
public class LoyalCustomers {

    private final LoyalQuery query;
    private final LoyalSettingsStore settings;
    private final ClvRanks ranks;
    private final UserDirectory users;
    private final MessageSource messages;
    private final Clock clock;

    LoyalCustomers(LoyalQuery query, LoyalSettingsStore settings, ClvRanks ranks, UserDirectory users,
            MessageSource messages, Clock clock) {
        this.query = query;
        this.settings = settings;
        this.ranks = ranks;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    /** A page of the list, highest CLV first; pass {@code next} as {@code after}. */
    @PreAuthorize("hasAuthority('report.view')")
    public KeysetPage<LoyalCustomer> page(Long owner, String after, int size) {
        LoyalSettings s = settings.current();
        Optional<ClvRanks.Cuts> cuts = ranks.current();
        return query.page(criteria(s, cuts), users.ownerScope(), owner, after, size).map(r -> customer(r, s, cuts));
    }

    @PreAuthorize("hasAuthority('report.view')")
    public CappedCount count(Long owner) {
        return query.count(criteria(settings.current(), ranks.current()), users.ownerScope(), owner);
    }

    public LoyalSettings settings() {
        return settings.current();
    }

    /** Writes the list as CSV or Excel, streamed, with labels and reasons in the reader's language. */
    @PreAuthorize("hasAuthority('report.view') and hasAuthority('report.export')")
    public void export(Long owner, TableExport.Format format, OutputStream out) throws IOException {
        LoyalSettings s = settings.current();
        Optional<ClvRanks.Cuts> cuts = ranks.current();
        List<String> header = List.of("customer.field.code", "customer.field.name", "customer.field.owner",
                "analytics.loyal.field.loyalty", "customer.field.pAlive", "customer.field.expected365",
                "customer.field.clv", "analytics.loyal.field.clvTop", "analytics.loyal.field.reason").stream()
                .map(this::text).toList();
        TableExport.write(format, out, text("analytics.loyal.title"), header, sink ->
                query.forEach(criteria(s, cuts), users.ownerScope(), owner, r -> {
                    LoyalCustomer c = customer(r, s, cuts);
                    sink.row(Arrays.asList(c.customerCode(), c.customerName(), c.ownerName(),
                            c.loyaltyLevel() == null ? null : text("rating.level." + c.loyaltyLevel()), c.pAlive(),
                            c.expectedPurchases365(), c.clv(), c.clvTopPercent(), c.reason()));
                }));
    }

    /** Saves the settings; 400 naming {@code minPAlive}, {@code minLoyalty} or {@code clvTopPercent}, 409 when someone saved first. */
    @PreAuthorize("hasAuthority('model.edit') or hasAuthority('setting.edit')")
    @Transactional
    public LoyalSettings saveSettings(LoyalSettingsInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal p = input.getMinPAlive();
        if (p == null) {
            errors.put("minPAlive", "analytics.loyal.error.required");
        } else if (!InputLimits.fitsNumeric(p, 4, 3) || p.signum() <= 0 || p.compareTo(BigDecimal.ONE) >= 0
                || p.stripTrailingZeros().scale() > 3) {
            errors.put("minPAlive", "analytics.loyal.error.p-alive");
        }
        RatingLevel level = input.getMinLoyalty() == null ? null
                : RatingLevel.parse(input.getMinLoyalty().strip().toUpperCase(Locale.ROOT)).orElse(null);
        if (input.getMinLoyalty() == null || input.getMinLoyalty().isBlank()) {
            errors.put("minLoyalty", "analytics.loyal.error.required");
        } else if (level == null || level.kind() != RatingKind.LOYALTY || !loyalEnough(level)) {
            errors.put("minLoyalty", "analytics.loyal.error.level");
        }
        if (input.getClvTopPercent() == null) {
            errors.put("clvTopPercent", "analytics.loyal.error.required");
        } else if (input.getClvTopPercent() < 1 || input.getClvTopPercent() > 100) {
            errors.put("clvTopPercent", "analytics.loyal.error.top");
        }
        if (input.getVersion() == null) {
            errors.put("version", "analytics.loyal.error.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!settings.save(p, level, input.getClvTopPercent(), input.getVersion(), users.requireCurrentUser().id(),
                clock.instant())) {
            throw new ConcurrentEditException("Loyal customer settings", 1);
        }
        return settings.current();
    }

    /** The loyalty levels the setting may ask for: a "disloyal" minimum would make the rating mean nothing. */
    static List<RatingLevel> choosableLevels() {
        return RatingKind.LOYALTY.levels().stream().filter(LoyalCustomers::loyalEnough).toList();
    }

    private static boolean loyalEnough(RatingLevel level) {
        return level.lowerBound().compareTo(RatingLevel.BASICALLY_LOYAL.lowerBound()) >= 0;
    }

    /** The levels at least as loyal as the setting's (the rating module orders them best first). */
    private static List<String> levelsFrom(RatingLevel min) {
        List<String> levels = new ArrayList<>();
        for (RatingLevel l : RatingKind.LOYALTY.levels()) {
            if (l.lowerBound().compareTo(min.lowerBound()) >= 0) {
                levels.add(l.name());
            }
        }
        return levels;
    }

    private static LoyalQuery.Criteria criteria(LoyalSettings s, Optional<ClvRanks.Cuts> cuts) {
        return new LoyalQuery.Criteria(s.minPAlive(), levelsFrom(s.minLoyalty()),
                cuts.map(c -> c.cut(s.clvTopPercent())).orElse(null));
    }

    private LoyalCustomer customer(LoyalQuery.Row r, LoyalSettings s, Optional<ClvRanks.Cuts> cuts) {
        List<String> codes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (r.loyaltyLevel() != null && levelsFrom(s.minLoyalty()).contains(r.loyaltyLevel())) {
            codes.add("LOYALTY_RATING");
            texts.add(text("analytics.loyal.reason.loyalty", text("rating.level." + r.loyaltyLevel())));
        }
        codes.add("P_ALIVE");
        texts.add(text("analytics.loyal.reason.p-alive", r.pAlive().setScale(2, RoundingMode.HALF_UP).toPlainString()));
        Integer top = r.clv() == null ? null : cuts.map(c -> c.topPercent(r.clv())).orElse(null);
        if (top != null && top <= s.clvTopPercent()) {
            codes.add("CLV_TOP");
            texts.add(text("analytics.loyal.reason.clv", top));
        }
        return new LoyalCustomer(r.customerId(), r.code(), r.name(), r.ownerId(), r.ownerName(), r.loyaltyLevel(),
                r.pAlive(), r.expectedPurchases365(), r.clv(), top, List.copyOf(codes), String.join(" · ", texts));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
