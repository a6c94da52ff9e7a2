package org.kehu.analytics.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kehu.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Every {@link Report} bean, in the order of the index page; looked up by key. */
@Component
public class ReportCatalog {

    private final List<Report> reports;
    private final Map<String, Report> byKey;

    ReportCatalog(List<Report> reports) {
        this.reports = reports.stream().sorted(Comparator.comparingInt(Report::order)).toList();
        this.byKey = this.reports.stream().collect(Collectors.toMap(Report::key, Function.identity()));
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
