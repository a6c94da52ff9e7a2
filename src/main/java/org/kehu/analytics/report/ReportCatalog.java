package org.kehu.analytics.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.export.TableExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every {@link Report} bean, in the order of the index page; looked up by key; and how a report is run. */
@Component
public class ReportCatalog {

    private final List<Report> reports;
    private final Map<String, Report> byKey;
    private final TransactionTemplate readOnly;
    private final JdbcClient jdbc;

    ReportCatalog(List<Report> reports, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.reports = reports.stream().sorted(Comparator.comparingInt(Report::order)).toList();
        this.byKey = this.reports.stream().collect(Collectors.toMap(Report::key, Function.identity()));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
    }

    /**
     * Runs a report in one read-only transaction whose statements are planned for their actual parameters. The JDBC
     * driver prepares a statement on the server after a few runs, and PostgreSQL may then keep one generic plan for any
     * parameters; for a report's LIMIT and period that plan can be a hundred times slower (purchasing power at a
     * million customers: 600 ms against 25). A report runs a few statements, so planning each afresh costs nothing.
     */
    public ReportResult run(Report report, ReportFilter filter, int limit) {
        return planned(() -> report.run(filter, limit));
    }

    /** Writes the report's whole table to the sink, planned as {@link #run}. */
    public void export(Report report, ReportFilter filter, TableExport.RowSink sink) {
        planned(() -> {
            report.export(filter, sink);
            return null;
        });
    }

    private <T> T planned(Supplier<T> work) {
        return readOnly.execute(status -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            return work.get();
        });
    }

    public List<Report> all() {
        return reports;
    }

    /** The report of that key, or a 404. */
    public Report get(String key) {
        Report report = byKey.get(key);
        if (report == null) {
            throw new RecordNotFoundException("Report", key);
        }
        return report;
    }
}
