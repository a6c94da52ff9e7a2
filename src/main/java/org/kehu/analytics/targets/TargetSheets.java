package org.kehu.analytics.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.kehu.analytics.targets.TargetSheet.Cell;
import org.kehu.analytics.targets.TargetSheet.PersonRow;
import org.kehu.analytics.targets.TargetSheet.TotalRow;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a year of targets against revenue for the people the reader may see: three queries (targets, versions,
 * revenue per person and month), whatever the number of people.
 */
@Service
@Transactional(readOnly = true)
public class TargetSheets {

    private final TargetStore store;
    private final TargetPeople people;
    private final UserDirectory users;

    TargetSheets(TargetStore store, TargetPeople people, UserDirectory users) {
        this.store = store;
        this.people = people;
        this.users = users;
    }

    /** The sheet of a year, for a department (with sub-departments) or a person if given, else everyone in scope. */
    @PreAuthorize("hasAuthority('report.view') or hasAuthority('target.edit')")
    public TargetSheet sheet(int year, Long department, Long user) {
        List<UserSummary> shown = people.of(users.requireCurrentUser(), department, user);
        return sheet(year, shown);
    }

    TargetSheet sheet(int year, List<UserSummary> shown) {
        List<Long> ids = shown.stream().map(UserSummary::id).toList();
        Map<Long, Map<Integer, BigDecimal>> targets = store.targets(ids, year);
        Map<Long, Map<Integer, BigDecimal>> revenue = store.revenueByMonth(ids, year);
        Map<Long, Long> versions = store.versions(ids, year);
        List<PersonRow> rows = new ArrayList<>();
        Map<Long, List<PersonRow>> byDepartment = new LinkedHashMap<>();
        Map<Long, String> departmentNames = new LinkedHashMap<>();
        for (UserSummary u : shown) {
            Map<Integer, BigDecimal> t = targets.getOrDefault(u.id(), Map.of());
            Map<Integer, BigDecimal> r = revenue.getOrDefault(u.id(), Map.of());
            List<Cell> months = IntStream.rangeClosed(1, 12).mapToObj(m -> Cell.of(m, t.get(m), r.get(m))).toList();
            PersonRow row = new PersonRow(u.id(), u.name(), u.departmentId(), u.departmentName(),
                    versions.getOrDefault(u.id(), 0L), months, yearOf(months));
            rows.add(row);
            byDepartment.computeIfAbsent(u.departmentId(), d -> new ArrayList<>()).add(row);
            departmentNames.putIfAbsent(u.departmentId(), u.departmentName());
        }
        List<TotalRow> departments = byDepartment.entrySet().stream()
                .map(e -> total(e.getKey(), departmentNames.get(e.getKey()), e.getValue())).toList();
        return new TargetSheet(year, rows, departments, total(null, null, rows));
    }

    private static TotalRow total(Long departmentId, String name, List<PersonRow> rows) {
        List<Cell> months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> Cell.of(m, sum(rows.stream().map(r -> r.months().get(m - 1).target()).toList()),
                        sum(rows.stream().map(r -> r.months().get(m - 1).actual()).toList())))
                .toList();
        return new TotalRow(departmentId, name, months, yearOf(months));
    }

    private static Cell yearOf(List<Cell> months) {
        return Cell.of(null, sum(months.stream().map(Cell::target).toList()), sum(months.stream().map(Cell::actual).toList()));
    }

    /** The sum of the amounts that are set; null when none is (no target is not a target of zero). */
    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
