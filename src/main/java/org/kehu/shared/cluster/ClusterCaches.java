package org.kehu.shared.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Caches that every node keeps in memory (the dictionary, the regions) and that any node may change: the node
 * that changes one calls {@link #changed}, and every node, itself included, drops it within about a second.
 * <p>
 * {@code changed} sends {@code NOTIFY kehu_cache, '<cache>'} on the caller's connection. PostgreSQL delivers a
 * notification only when its transaction commits and drops it on rollback, so a node never reloads a cache before
 * the change is visible to it. {@link NotificationListener} receives them on every node and calls what
 * {@link #onChange} registered, and clears the Spring cache of that name where there is one.
 */
@Component
public class ClusterCaches {

    static final String CHANNEL = "kehu_cache";

    private static final Logger log = LoggerFactory.getLogger(ClusterCaches.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<CacheManager> cacheManagers;
    private final Map<String, List<Runnable>> evictions = new ConcurrentHashMap<>();

    ClusterCaches(JdbcClient jdbc, ObjectProvider<CacheManager> cacheManagers) {
        this.jdbc = jdbc;
        this.cacheManagers = cacheManagers;
    }

    /** Registers how this node drops the named cache when any node announces a change of it. */
    public void onChange(String cache, Runnable evict) {
        evictions.computeIfAbsent(cache, c -> new CopyOnWriteArrayList<>()).add(evict);
    }

    /**
     * Tells every node that the named cache is stale: at the commit of the current transaction, or at once outside
     * one. The caller drops its own copy as it sees fit (its own transaction may need to read the change).
     */
    public void changed(String cache) {
        jdbc.sql("select pg_notify(:channel, :cache)").param("channel", CHANNEL).param("cache", cache)
                .query((rs, n) -> n).list();
    }

    /** Drops the named cache on this node. */
    void evict(String cache) {
        log.debug("Cache {} changed on some node: dropped here", cache);
        evictions.getOrDefault(cache, List.of()).forEach(ClusterCaches::runSafely);
        cacheManagers.ifAvailable(manager -> {
            Cache spring = manager.getCache(cache);
            if (spring != null) {
                spring.clear();
            }
        });
    }

    /** Drops every cache on this node: after the listening connection was lost, notifications may have been missed. */
    void evictAll() {
        evictions.keySet().forEach(this::evict);
        cacheManagers.ifAvailable(manager -> manager.getCacheNames().forEach(name -> {
            Cache spring = manager.getCache(name);
            if (spring != null) {
                spring.clear();
            }
        }));
    }

    private static void runSafely(Runnable evict) {
        try {
            evict.run();
        } catch (RuntimeException e) {
            log.warn("Could not drop a cache", e);
        }
    }
}
