package org.kehu.dictionary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kehu.shared.cluster.ClusterCaches;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the data dictionary and the regions: what forms offer, what lists show, what input is checked
 * against. Both are small and read on every page, so they are held in memory and read again after a
 * change ({@link DictionaryChanged}), on this node or another: the change is announced to every node
 * through {@link ClusterCaches} at its commit. The snapshot's age limit is only a safety net.
 * <p>
 * The snapshot every thread shares holds only what is committed: a transaction that changed the dictionary reads
 * a view of its own until it ends, so that no other request sees a change that may yet be rolled back, and a
 * rolled-back change leaves nothing behind. A snapshot read while a change was announced is not kept, since it
 * may be from before the change.
 */
@Service
public class Dictionary {

    /** The name under which nodes announce changes of the dictionary and the regions to each other. */
    static final String CACHE = "dictionary";
    private static final long MAX_AGE_NANOS = 60_000_000_000L;

    private record Snapshot(Map<DictionaryType, List<DictionaryEntry>> entries, Map<String, Region> regions,
            List<Region> provinces, Map<String, List<Region>> cities, long loadedAt) {
    }

    /** The view of a transaction that changed the dictionary: its own reads see its changes, nobody else's do. */
    private final class OwnView implements TransactionSynchronization {

        private Snapshot snapshot;

        /** A transaction started inside this one (REQUIRES_NEW) does not see this one's changes: nor may its reads. */
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(Dictionary.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(Dictionary.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Dictionary.this);
            // Committed: read again at once rather than wait for the cluster's notice; rolled back: nothing to undo.
            drop();
        }
    }

    private final JdbcClient jdbc;
    private final ClusterCaches cluster;
    private final Object lock = new Object();
    private volatile Snapshot snapshot;
    /** Counts the drops, so that a snapshot read while one happened is not kept. Guarded by {@link #lock}. */
    private long generation;

    Dictionary(JdbcClient jdbc, ClusterCaches cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
        cluster.onChange(CACHE, this::drop);
    }

    /** The enabled entries of a type, in their order: what a form offers. */
    public List<DictionaryEntry> enabledEntries(DictionaryType type) {
        return entries(type).stream().filter(DictionaryEntry::enabled).toList();
    }

    /** All entries of a type, disabled ones too: what a filter or an old record may show. */
    public List<DictionaryEntry> entries(DictionaryType type) {
        return current().entries().getOrDefault(type, List.of());
    }

    public Optional<DictionaryEntry> entry(DictionaryType type, String code) {
        return entries(type).stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** Whether the code is an enabled entry of the type: the check for new input. */
    public boolean isValid(DictionaryType type, String code) {
        return entry(type, code).map(DictionaryEntry::enabled).orElse(false);
    }

    /** The label in the current locale, or the code itself when the entry is unknown. */
    public String label(DictionaryType type, String code) {
        if (code == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return entry(type, code).map(e -> e.label(locale)).orElse(code);
    }

    public List<Region> provinces() {
        return current().provinces();
    }

    public List<Region> cities(String provinceCode) {
        return current().cities().getOrDefault(provinceCode, List.of());
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code).map(current().regions()::get);
    }

    /** The region's name in the current locale, or the code itself when unknown. */
    public String regionName(String code) {
        if (code == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return region(code).map(r -> r.name(locale)).orElse(code);
    }

    /** Whether the city belongs to the province (both enabled). */
    public boolean isCityOf(String cityCode, String provinceCode) {
        return region(cityCode).filter(r -> r.enabled() && provinceCode.equals(r.parentCode())).isPresent();
    }

    /**
     * Inside the changing transaction: its later reads see the change in a view of its own; every node hears of it
     * at commit. Outside a transaction the change is already committed, and the shared snapshot is dropped.
     */
    @EventListener
    void changed(DictionaryChanged event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            OwnView view = ownView();
            if (view == null) {
                view = new OwnView();
                TransactionSynchronizationManager.bindResource(this, view);
                TransactionSynchronizationManager.registerSynchronization(view);
            }
            view.snapshot = null;
        } else {
            drop();
        }
        cluster.changed(CACHE);
    }

    private OwnView ownView() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (OwnView) TransactionSynchronizationManager.getResource(this) : null;
    }

    private void drop() {
        synchronized (lock) {
            generation++;
            snapshot = null;
        }
    }

    private Snapshot current() {
        OwnView view = ownView();
        if (view != null) {
            if (view.snapshot == null) {
                view.snapshot = load();
            }
            return view.snapshot;
        }
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt() > MAX_AGE_NANOS) {
            long before;
            synchronized (lock) {
                before = generation;
            }
            s = load();
            synchronized (lock) {
                if (generation == before) {
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot load() {
        Map<DictionaryType, List<DictionaryEntry>> entries = jdbc.sql("""
                select type, code, label_zh, label_en, sort_order, enabled, extra from dict_entry order by type, sort_order, code""")
                .query((rs, n) -> {
                    DictionaryType type;
                    try {
                        type = DictionaryType.valueOf(rs.getString("type"));
                    } catch (IllegalArgumentException unknownType) {
                        return null;
                    }
                    return new DictionaryEntry(type, rs.getString("code"), rs.getString("label_zh"),
                            rs.getString("label_en"), rs.getInt("sort_order"), rs.getBoolean("enabled"), rs.getString("extra"));
                }).list().stream().filter(e -> e != null)
                .collect(Collectors.groupingBy(DictionaryEntry::type, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        List<Region> all = jdbc.sql("""
                select code, parent_code, level, name_zh, name_en, sort_order, enabled from region order by sort_order, code""")
                .query(Region.class).list();
        Map<String, Region> byCode = all.stream().collect(Collectors.toUnmodifiableMap(Region::code, r -> r));
        List<Region> provinces = all.stream().filter(r -> r.level() == 1).toList();
        Map<String, List<Region>> cities = all.stream().filter(r -> r.parentCode() != null)
                .sorted(Comparator.comparingInt(Region::sortOrder).thenComparing(Region::code))
                .collect(Collectors.groupingBy(Region::parentCode, Collectors.toUnmodifiableList()));
        return new Snapshot(entries, byCode, provinces, cities, System.nanoTime());
    }
}
