package org.kehu.analytics.targets;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kehu.analytics.targets.TargetInput.MonthTarget;
import org.kehu.analytics.targets.TargetInput.PersonTargets;
import org.kehu.analytics.targets.TargetSheet.PersonRow;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.DataScope;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The target sheet {@code /targets}: a year × month grid of the people of a department, each cell the target (an
 * input for editors), the revenue and the completion, with department totals. Saving sends only the rows that differ
 * from what is stored, each with the version it was read at: when someone else saved a row first the page says so and
 * shows their figures.
 */
@Controller
@PreAuthorize("hasAuthority('report.view') or hasAuthority('target.edit')")
class TargetPageController {

    private final TargetSheets sheets;
    private final TargetEditing editing;
    private final UserDirectory users;
    private final Messages messages;

    TargetPageController(TargetSheets sheets, TargetEditing editing, UserDirectory users, Messages messages) {
        this.sheets = sheets;
        this.editing = editing;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/targets")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long department, Model model) {
        int y = year(year);
        Long dept = department(department);
        return show(y, dept, Map.of(), Map.of(), model);
    }

    @PostMapping("/targets")
    @PreAuthorize("hasAuthority('target.edit')")
    String save(@RequestParam Integer year, @RequestParam(required = false) Long department,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        int y = year(year);
        TargetSheet stored = sheets.sheet(y, department, null);
        Map<String, String> errors = new LinkedHashMap<>();
        List<PersonTargets> changed = new ArrayList<>();
        List<String> cellOf = new ArrayList<>();
        for (PersonRow row : stored.people()) {
            String version = form.get("version_" + row.userId());
            if (version == null) {
                continue;
            }
            List<MonthTarget> months = new ArrayList<>();
            boolean differs = false;
            for (int m = 1; m <= 12; m++) {
                String key = cell(row.userId(), m);
                BigDecimal amount = parse(form.get(key), key, errors);
                months.add(new MonthTarget(m, amount));
                BigDecimal was = row.months().get(m - 1).target();
                differs |= !sameAmount(amount, was);
            }
            if (differs) {
                changed.add(new PersonTargets(row.userId(), parseVersion(version), months));
                cellOf.add("t_" + row.userId() + "_");
            }
        }
        if (errors.isEmpty() && !changed.isEmpty()) {
            try {
                editing.save(new TargetInput(y, changed));
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((field, key) -> errors.put(pageField(field, cellOf), key));
            } catch (ConcurrentEditException e) {
                model.addAttribute("conflict", messages.text("targets.conflict"));
                return show(y, department, Map.of(), Map.of(), model);
            }
        }
        if (!errors.isEmpty()) {
            Map<String, String> values = new HashMap<>();
            form.forEach((k, v) -> {
                if (k.startsWith("t_")) {
                    values.put(k, v);
                }
            });
            model.addAttribute("formError", messages.text("targets.error.form"));
            return show(y, department, values, messages.texts(errors), model);
        }
        redirect.addFlashAttribute("flash", messages.text(changed.isEmpty() ? "targets.unchanged" : "common.saved"));
        return "redirect:/targets?year=" + y + (department == null ? "" : "&department=" + department);
    }

    /**
     * The sheet shown for this year and department as CSV or Excel: per person and then per department and overall,
     * each month's target, revenue and completion (percent), and the year's.
     */
    @GetMapping("/targets/export")
    @PreAuthorize("hasAuthority('report.export')")
    void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long department,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        TableExport.Format type = ExportDownload.format(format, "targets.error.format");
        int y = year(year);
        TargetSheet sheet = sheets.sheet(y, department(department), null);
        TableExport.write(type, ExportDownload.start(response, type, "targets-" + y), messages.text("targets.title"),
                TargetExport.header(messages), sink -> TargetExport.rows(sheet, messages, sink));
    }

    private String show(int year, Long department, Map<String, String> values, Map<String, String> errors, Model model) {
        CurrentUser me = users.requireCurrentUser();
        model.addAttribute("sheet", sheets.sheet(year, department, null));
        model.addAttribute("year", year);
        model.addAttribute("department", department);
        int now = LocalDate.now(BusinessTime.ZONE).getYear();
        model.addAttribute("years", List.of(now - 2, now - 1, now, now + 1));
        model.addAttribute("departments", users.departments());
        model.addAttribute("canEdit", me.can(Permission.TARGET_EDIT));
        model.addAttribute("canExport", me.can(Permission.REPORT_EXPORT));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("months", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        return "analytics/targets";
    }

    /** A director opens his own department; others see everyone in their scope until they pick one. */
    private Long department(Long asked) {
        if (asked != null) {
            return asked;
        }
        CurrentUser me = users.requireCurrentUser();
        return me.dataScope() == DataScope.DEPARTMENT ? me.departmentId() : null;
    }

    static String cell(long userId, int month) {
        return "t_" + userId + "_" + month;
    }

    /** {@code targets[i].months[j].amount} of the request sent → the cell's input name. */
    private static String pageField(String field, List<String> cellOf) {
        var m = java.util.regex.Pattern.compile("targets\\[(\\d+)]\\.months\\[(\\d+)]").matcher(field);
        if (m.find()) {
            return cellOf.get(Integer.parseInt(m.group(1))) + (Integer.parseInt(m.group(2)) + 1);
        }
        return "form";
    }

    private static BigDecimal parse(String text, String key, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text.strip().replace(",", "").replace("，", "").replace("¥", ""));
            if (!TargetEditing.validAmount(amount)) {
                errors.put(key, "targets.error.amount");
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.put(key, "targets.error.amount");
            return null;
        }
    }

    private static long parseVersion(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static int year(Integer year) {
        if (year == null) {
            return LocalDate.now(BusinessTime.ZONE).getYear();
        }
        return Math.max(TargetEditing.FIRST_YEAR, Math.min(TargetEditing.LAST_YEAR, year));
    }
}
