package org.kehu.shared.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs file imports as jobs whose state lives in the database. A job runs on the node that received
 * the file (in the request's thread for a small file, else on one of a few workers), as the user who
 * started it and in their language; its counts, phase and row report are written as it goes, each in a
 * transaction of its own, so that a poll answered by another node sees them. While a node runs a job
 * it renews the job's heartbeat every few seconds; a job whose heartbeat is older than
 * {@code kehu.import-jobs.stale-after} (default 60 s) died with its node and reads as failed.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate newTransaction;
    private final Duration staleAfter;
    private final ExecutorService workers;
    private final ScheduledExecutorService heartbeat;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final String node = nodeName();
    private final JsonMapper json = JsonMapper.builder().build();
    private final MessageSource messages;

    ImportJobs(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, MessageSource messages,
            @Value("${kehu.import-jobs.workers:2}") int workerCount,
            @Value("${kehu.import-jobs.stale-after:60s}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.messages = messages;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.staleAfter = staleAfter;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount, r -> daemon(r, "import-job-" + n.incrementAndGet()));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "import-job-heartbeat"));
        long beatMillis = Math.max(1000, staleAfter.toMillis() / 6);
        heartbeat.scheduleWithFixedDelay(this::beat, beatMillis, beatMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * One kind of import: its name in the jobs table, the message key that refuses a file without data rows, the
     * check of a file's header (throwing {@link ImportRefusedException}), and its own part of a job's report.
     */
    public <R> ImportJobKind<R> kind(String name, String noRowsKey, Consumer<List<String>> headerCheck,
            Function<ImportJob, R> result) {
        return new ImportJobKind<>(name, noRowsKey, headerCheck, result, this, messages);
    }

    /** Creates a queued job of {@code kind} (e.g. {@code customer}) for its owner, and answers its id. */
    public long create(String kind, long ownerId, String filename, String options) {
        Long id = newTransaction.execute(tx -> jdbc.sql("""
                insert into import_job(kind, owner_id, filename, options, node) values (:kind, :owner, :filename, :options, :node)
                returning id""")
                .param("kind", kind).param("owner", ownerId).param("filename", abbreviate(filename, 255))
                .param("options", options).param("node", node).query(Long.class).single());
        running.add(id);
        return id;
    }

    /** Runs the job in this thread and answers it finished. */
    public ImportJob runNow(long jobId, ImportJobWork work) {
        execute(jobId, work);
        return find(jobId).orElseThrow();
    }

    /** Runs the job on a worker of this node, as the current user and in the current language. */
    public void runInBackground(long jobId, ImportJobWork work) {
        SecurityContext security = SecurityContextHolder.getContext();
        // Resolved now: a request's locale context reads the request, which the server recycles once the answer is sent.
        LocaleContext locale = new SimpleTimeZoneAwareLocaleContext(LocaleContextHolder.getLocale(), LocaleContextHolder.getTimeZone());
        workers.execute(() -> {
            SecurityContextHolder.setContext(security);
            LocaleContextHolder.setLocaleContext(locale);
            try {
                execute(jobId, work);
            } finally {
                SecurityContextHolder.clearContext();
                LocaleContextHolder.resetLocaleContext();
            }
        });
    }

    /** The job as stored; one left running or queued by a node that stopped is failed first. */
    public Optional<ImportJob> find(long jobId) {
        newTransaction.executeWithoutResult(tx -> jdbc.sql("""
                update import_job set state = 'FAILED', failure = :lost, phase = null, finished_at = now()
                 where id = :id and state in ('QUEUED', 'RUNNING') and heartbeat_at < now() - make_interval(secs => :stale)""")
                .param("lost", ImportJob.NODE_LOST).param("id", jobId).param("stale", staleAfter.toMillis() / 1000.0).update());
        return jdbc.sql("""
                select id, kind, owner_id, filename, options, state, phase, rows_total, rows_read, rows_valid, rows_with_errors,
                       error_count, result::text as result, failure, created_at, finished_at
                  from import_job where id = :id""")
                .param("id", jobId)
                .query((rs, i) -> new ImportJob(rs.getLong("id"), rs.getString("kind"), rs.getLong("owner_id"),
                        rs.getString("filename"), rs.getString("options"), ImportJobState.valueOf(rs.getString("state")),
                        rs.getString("phase"), rs.getObject("rows_total", Long.class), rs.getLong("rows_read"),
                        rs.getLong("rows_valid"), rs.getLong("rows_with_errors"), rs.getLong("error_count"),
                        result(rs.getString("result")), rs.getString("failure"), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("finished_at"))))
                .optional();
    }

    /** A page of the row report: errors after row {@code afterRow} position {@code afterPosition}, in file order. */
    public List<ImportRowError> errors(long jobId, int afterRow, int afterPosition, int limit) {
        return jdbc.sql("""
                select row_number, position, field, message from import_job_error
                 where job_id = :id and (row_number, position) > (:row, :position)
                 order by row_number, position limit :limit""")
                .param("id", jobId).param("row", afterRow).param("position", afterPosition).param("limit", limit)
                .query((rs, i) -> new ImportRowError(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void update(long jobId, String assignment, Object value) {
        newTransaction.executeWithoutResult(tx -> jdbc.sql("update import_job set " + assignment + ", heartbeat_at = now() where id = :id")
                .param("value", value).param("id", jobId).update());
    }

    void progress(long jobId, long read, long valid, long withErrors) {
        newTransaction.executeWithoutResult(tx -> jdbc.sql("""
                update import_job set rows_read = :read, rows_valid = :valid, rows_with_errors = :errors, heartbeat_at = now()
                 where id = :id""")
                .param("read", read).param("valid", valid).param("errors", withErrors).param("id", jobId).update());
    }

    void appendErrors(long jobId, Collection<ImportRowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        newTransaction.executeWithoutResult(tx -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                PgCopy copy = PgCopy.into(connection, "import_job_error", "job_id, row_number, position, field, message");
                for (ImportRowError e : errors) {
                    copy.row(jobId, e.row(), e.position(), e.field(), abbreviate(e.message(), 1000));
                }
                copy.finish();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not copy the row report of import job " + jobId, e);
            }
        });
    }

    int appendErrors(long jobId, String select, Map<String, ?> params) {
        Integer n = newTransaction.execute(tx -> jdbc.sql("""
                insert into import_job_error(job_id, row_number, position, field, message)
                select :importJobId, e.row_number, e.position, e.field, left(e.message, 1000) from (%s) e""".formatted(select))
                .params(params).param("importJobId", jobId).update());
        return n == null ? 0 : n;
    }

    ImportJobRun.Counts countErrors(long jobId, long rowsTotal) {
        return newTransaction.execute(tx -> jdbc.sql("""
                update import_job j set rows_total = :total, rows_read = :total, rows_with_errors = e.rows,
                       rows_valid = :total - e.rows, error_count = e.errors, heartbeat_at = now()
                  from (select count(distinct row_number) as rows, count(*) as errors from import_job_error where job_id = :id) e
                 where j.id = :id
                returning e.rows, e.errors""")
                .param("total", rowsTotal).param("id", jobId)
                .query((rs, i) -> new ImportJobRun.Counts(rs.getLong(1), rs.getLong(2))).single());
    }

    private void execute(long jobId, ImportJobWork work) {
        running.add(jobId);
        try {
            newTransaction.executeWithoutResult(tx -> jdbc.sql("""
                    update import_job set state = 'RUNNING', started_at = now(), heartbeat_at = now(), node = :node where id = :id""")
                    .param("node", node).param("id", jobId).update());
            Map<String, Object> result = work.execute(new ImportJobRun(jobId, this));
            finish(jobId, "SUCCEEDED", json.writeValueAsString(result), null);
        } catch (ImportJobFailedException e) {
            finish(jobId, "FAILED", null, e.messageKey());
        } catch (Exception e) {
            log.error("Import job {} failed", jobId, e);
            finish(jobId, "FAILED", null, ImportJob.INTERNAL_ERROR);
        } finally {
            running.remove(jobId);
        }
    }

    private void finish(long jobId, String state, String result, String failure) {
        newTransaction.executeWithoutResult(tx -> jdbc.sql("""
                update import_job set state = :state, phase = null, result = cast(:result as jsonb), failure = :failure,
                       finished_at = now(), heartbeat_at = now()
                 where id = :id""")
                .param("state", state).param("result", result).param("failure", failure).param("id", jobId).update());
    }

    /** Renews the heartbeat of every job this node runs or has queued. */
    private void beat() {
        if (running.isEmpty()) {
            return;
        }
        try {
            jdbc.sql("update import_job set heartbeat_at = now() where id in (:ids) and state in ('QUEUED', 'RUNNING')")
                    .param("ids", List.copyOf(running)).update();
        } catch (RuntimeException e) {
            log.warn("Could not renew the heartbeat of import jobs {}", running, e);
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        workers.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> result(String text) {
        return text == null ? null : json.readValue(text, Map.class);
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static String nodeName() {
        try {
            return abbreviate(InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid(), 100);
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
