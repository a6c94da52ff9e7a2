package org.kehu.competitor;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.catalog.ProductCatalog;
import org.kehu.catalog.ProductInfo;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competitor files and their products, and the price comparison of one of our products against the products that
 * compete with it. Reading needs {@code competitor.view}, changing {@code competitor.edit}; a change names the
 * version it was made from and fails with 409 when someone saved since. Competitors are not owned: everyone who
 * may read them reads all of them.
 */
@Service
public class Competitors {

    static final int MAX_PAGE = 100;

    private final CompetitorStore store;
    private final ProductCatalog catalog;
    private final UserDirectory users;
    private final Clock clock;

    Competitors(CompetitorStore store, ProductCatalog catalog, UserDirectory users, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.users = users;
        this.clock = clock;
    }

    /** Competitors by name whose code, name or pinyin initials contain {@code q}, paged by keyset ({@code after}). */
    @PreAuthorize("hasAuthority('competitor.view')")
    @Transactional(readOnly = true)
    public KeysetPage<CompetitorRow> list(String q, String after, int size) {
        int n = PageBounds.size(size, MAX_PAGE);
        Cursor.Position<String> from = Cursor.given(after) ? Cursor.parse(after, "after", String.class) : null;
        return KeysetPage.forward(store.page(CompetitorChecks.query(q), from, n + 1), n, r -> Cursor.of(r.name(), r.id()));
    }

    @PreAuthorize("hasAuthority('competitor.view')")
    @Transactional(readOnly = true)
    public CompetitorDetails get(long id) {
        return details(store.find(id).orElseThrow(() -> new RecordNotFoundException("Competitor", id)));
    }

    @PreAuthorize("hasAuthority('competitor.edit')")
    @Transactional
    public CompetitorDetails create(CompetitorInput input) {
        CompetitorInput in = checked(input, null);
        long id;
        try {
            id = store.insert(in, users.requireCurrentUser().id(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("code", "competitor.error.code-taken");
        }
        return get(id);
    }

    @PreAuthorize("hasAuthority('competitor.edit')")
    @Transactional
    public CompetitorDetails update(long id, CompetitorInput input) {
        requireExists(id);
        CompetitorInput in = checked(input, id);
        if (in.version() == null) {
            throw InvalidInputException.of("version", "competitor.error.version");
        }
        try {
            if (!store.update(id, in, in.version(), users.requireCurrentUser().id(), clock.instant())) {
                throw new ConcurrentEditException("Competitor", id);
            }
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("code", "competitor.error.code-taken");
        }
        return get(id);
    }

    /** The competitor's products, by name, each with the product of ours it competes with. */
    @PreAuthorize("hasAuthority('competitor.view')")
    @Transactional(readOnly = true)
    public List<CompetingProduct> products(long competitorId) {
        requireExists(competitorId);
        return named(store.productsOf(competitorId));
    }

    @PreAuthorize("hasAuthority('competitor.view')")
    @Transactional(readOnly = true)
    public CompetingProduct product(long competitorId, long productId) {
        return named(List.of(stored(competitorId, productId))).get(0);
    }

    @PreAuthorize("hasAuthority('competitor.edit')")
    @Transactional
    public CompetingProduct addProduct(long competitorId, CompetingProductInput input) {
        requireExists(competitorId);
        CompetingProductInput in = checked(input);
        long id = store.insertProduct(competitorId, in, users.requireCurrentUser().id(), clock.instant());
        return product(competitorId, id);
    }

    @PreAuthorize("hasAuthority('competitor.edit')")
    @Transactional
    public CompetingProduct updateProduct(long competitorId, long productId, CompetingProductInput input) {
        stored(competitorId, productId);
        CompetingProductInput in = checked(input);
        if (in.version() == null) {
            throw InvalidInputException.of("version", "competitor.error.version");
        }
        long user = users.requireCurrentUser().id();
        Instant now = clock.instant();
        if (!store.updateProduct(productId, in, in.version(), user, now)) {
            throw new ConcurrentEditException("Competing product", productId);
        }
        store.touch(competitorId, user, now);
        return product(competitorId, productId);
    }

    /** Our product against every competitor's product that competes with it; 404 for a product we do not have. */
    @PreAuthorize("hasAuthority('competitor.view')")
    @Transactional(readOnly = true)
    public PriceComparison comparison(long ourProductId) {
        ProductInfo ours = catalog.find(ourProductId).orElseThrow(() -> new RecordNotFoundException("Product", ourProductId));
        return PriceComparison.of(ours.id(), ours.code(), ours.name(), ours.model(), ours.price(),
                named(store.competing(ourProductId)));
    }

    private void requireExists(long competitorId) {
        if (store.find(competitorId).isEmpty()) {
            throw new RecordNotFoundException("Competitor", competitorId);
        }
    }

    private CompetitorStore.StoredProduct stored(long competitorId, long productId) {
        return store.product(productId).filter(p -> p.competitorId() == competitorId)
                .orElseThrow(() -> new RecordNotFoundException("Competing product", productId));
    }

    private CompetingProductInput checked(CompetingProductInput input) {
        CompetingProductInput in = CompetitorChecks.check(input);
        if (catalog.find(in.ourProductId()).isEmpty()) {
            throw InvalidInputException.of("ourProductId", "competitor.error.our-product");
        }
        return in;
    }

    /** The input cleaned, or every field error at once, a taken code among them (the code of {@code self} is free). */
    private CompetitorInput checked(CompetitorInput input, Long self) {
        Map<String, String> errors = new LinkedHashMap<>();
        CompetitorInput in = null;
        try {
            in = CompetitorChecks.check(input);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        String code = CompetitorChecks.clean(input.code());
        if (code != null && !errors.containsKey("code")
                && store.idOfCode(code).filter(other -> !other.equals(self)).isPresent()) {
            errors.put("code", "competitor.error.code-taken");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return in;
    }

    private CompetitorDetails details(CompetitorStore.Stored s) {
        String editor = s.updatedBy() == null ? null : users.names(List.of(s.updatedBy())).get(s.updatedBy());
        return new CompetitorDetails(s.id(), s.code(), s.name(), s.background(), s.development(), s.fields(),
                s.strategy(), s.createdAt(), s.updatedAt(), editor, s.version());
    }

    private List<CompetingProduct> named(List<CompetitorStore.StoredProduct> stored) {
        Set<Long> ids = new HashSet<>();
        stored.forEach(p -> ids.add(p.ourProductId()));
        Map<Long, ProductInfo> ours = catalog.find(ids);
        return stored.stream().map(p -> {
            ProductInfo o = ours.get(p.ourProductId());
            return new CompetingProduct(p.id(), p.competitorId(), p.competitorName(), p.name(), p.model(),
                    p.ourProductId(), o == null ? null : o.code(), o == null ? null : o.name() + (o.model() == null ? "" : " " + o.model()),
                    p.relation(), p.usage(), p.performance(), p.price(), p.updatedAt(), p.version());
        }).toList();
    }
}
