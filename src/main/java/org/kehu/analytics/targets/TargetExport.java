package org.kehu.analytics.targets;

import java.util.ArrayList;
import java.util.List;

import org.kehu.analytics.targets.TargetSheet.Cell;
import org.kehu.analytics.targets.TargetSheet.PersonRow;
import org.kehu.analytics.targets.TargetSheet.TotalRow;
import org.kehu.shared.export.TableExport.RowSink;
import org.kehu.shared.web.Messages;

/**
 * The target sheet as a table, as the page shows it: a row per person, then the department totals and the overall
 * total; for each month and the year three columns, target (empty when none is set), revenue and completion in
 * percent with two decimals (empty without a target).
 */
final class TargetExport {

    private TargetExport() {
    }

    static List<String> header(Messages messages) {
        List<String> header = new ArrayList<>(List.of(messages.text("targets.person"), messages.text("targets.department")));
        for (int m = 1; m <= 13; m++) {
            String period = m <= 12 ? messages.text("targets.month", m) : messages.text("targets.year.total");
            header.add(messages.text("targets.export.target", period));
            header.add(messages.text("targets.export.actual", period));
            header.add(messages.text("targets.export.completion", period));
        }
        return header;
    }

    static void rows(TargetSheet sheet, Messages messages, RowSink sink) {
        for (PersonRow p : sheet.people()) {
            sink.row(row(p.name(), p.departmentName(), p.months(), p.year()));
        }
        for (TotalRow d : sheet.departments()) {
            sink.row(row(messages.text("targets.department.total", d.name() == null ? "" : d.name()), d.name(), d.months(), d.year()));
        }
        TotalRow t = sheet.total();
        sink.row(row(messages.text("targets.total"), "", t.months(), t.year()));
    }

    private static List<Object> row(String name, String department, List<Cell> months, Cell year) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(department == null ? "" : department);
        for (Cell c : months) {
            add(row, c);
        }
        add(row, year);
        return row;
    }

    private static void add(List<Object> row, Cell c) {
        row.add(c.target() == null ? "" : c.target());
        row.add(c.actual());
        row.add(c.completion() == null ? "" : c.completion().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
