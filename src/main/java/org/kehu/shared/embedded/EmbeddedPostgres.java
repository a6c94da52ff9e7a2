package org.kehu.shared.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per data directory and JVM. The server outlives Spring contexts (tests
 * start several) and is stopped by the JVM's shutdown hook.
 */
final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Map<Path, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> RUNNING = new HashMap<>();

    private EmbeddedPostgres() {
    }

    static synchronized String jdbcUrl(Path dataDirectory, boolean clean) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        var server = RUNNING.get(dir);
        if (server == null) {
            server = start(dir, clean);
            RUNNING.put(dir, server);
            // Stop only after every Spring context has closed: their shutdown (the event publication
            // registry, connection pools) still talks to the database.
            SpringApplication.getShutdownHandlers().add(() -> stop(dir));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static synchronized void stop(Path dir) {
        var server = RUNNING.remove(dir);
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL in {}", dir, e);
            }
        }
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(Path dir, boolean clean) {
        try {
            Files.createDirectories(dir);
            stopOrphan(dir);
            return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /**
     * After a {@code kill -9} of the application the postmaster keeps running and holds the data
     * directory; the new start would fail. Its pid is the first line of {@code postmaster.pid}.
     */
    private static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of)
                        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isPresent()) {
            ProcessHandle p = orphan.get();
            log.warn("Stopping the PostgreSQL left running from an earlier start (pid {})", p.pid());
            p.destroy();
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
