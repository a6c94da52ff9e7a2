package org.kehu.analytics.targets;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.analytics.targets.TargetInput.MonthTarget;
import org.kehu.analytics.targets.TargetInput.PersonTargets;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets sales targets. The input is checked whole first (400 naming each field), then the editor's data scope (403 for
 * a person outside it: a director sets his department's targets, an executive everyone's), then each person's version
 * (409 when someone else saved first; nothing of the request is kept then).
 */
@Service
@Transactional
public class TargetEditing {

    /** Years a target may be set for: the company's past and its plans, not typing errors. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** The largest monthly target of one person, in yuan: ten billion, far above any real one. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");
    /** People in one request: a large sales force's, not a flood. */
    public static final int MAX_PEOPLE = 1000;

    private final TargetStore store;
    private final TargetSheets sheets;
    private final UserDirectory users;

    TargetEditing(TargetStore store, TargetSheets sheets, UserDirectory users) {
        this.store = store;
        this.sheets = sheets;
        this.users = users;
    }

    /** Saves the targets and answers the sheet of the people changed, with their new versions. */
    @PreAuthorize("hasAuthority('target.edit')")
    public TargetSheet save(TargetInput input) {
        CurrentUser editor = users.requireCurrentUser();
        Map<Long, UserSummary> people = check(input);
        var scope = users.ownerScope(editor);
        if (people.keySet().stream().anyMatch(id -> !scope.permits(id))) {
            throw new AccessDeniedException("Targets of a person outside the editor's data scope");
        }
        for (PersonTargets p : input.targets()) {
            Map<Integer, BigDecimal> months = new LinkedHashMap<>();
            p.months().forEach(m -> months.put(m.month(), m.amount() == null ? null : m.amount().setScale(2, java.math.RoundingMode.HALF_UP)));
            store.save(p.userId(), input.year(), p.version(), months, editor.id());
        }
        return sheets.sheet(input.year(), List.copyOf(people.values()));
    }

    /** Every field's problem at once; answers the people named, by id, in the order given. */
    private Map<Long, UserSummary> check(TargetInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input == null) {
            throw InvalidInputException.of("year", "targets.error.year");
        }
        if (input.year() == null || input.year() < FIRST_YEAR || input.year() > LAST_YEAR) {
            errors.put("year", "targets.error.year");
        }
        Map<Long, UserSummary> people = new LinkedHashMap<>();
        if (input.targets() == null || input.targets().isEmpty() || input.targets().size() > MAX_PEOPLE) {
            errors.put("targets", "targets.error.people");
            throw new InvalidInputException(errors);
        }
        for (int i = 0; i < input.targets().size(); i++) {
            PersonTargets p = input.targets().get(i);
            String at = "targets[" + i + "]";
            if (p == null) {
                errors.put(at, "targets.error.person");
                continue;
            }
            if (p.userId() == null) {
                errors.put(at + ".userId", "targets.error.person");
            } else if (people.containsKey(p.userId())) {
                errors.put(at + ".userId", "targets.error.person-twice");
            } else {
                users.user(p.userId()).ifPresentOrElse(u -> people.put(u.id(), u),
                        () -> errors.put(at + ".userId", "targets.error.person"));
            }
            if (p.version() == null || p.version() < 0) {
                errors.put(at + ".version", "targets.error.version");
            }
            checkMonths(p.months(), at, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return people;
    }

    private static void checkMonths(List<MonthTarget> months, String at, Map<String, String> errors) {
        if (months == null || months.isEmpty() || months.size() > 12) {
            errors.put(at + ".months", "targets.error.months");
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int j = 0; j < months.size(); j++) {
            MonthTarget m = months.get(j);
            String field = at + ".months[" + j + "]";
            if (m == null || m.month() == null || m.month() < 1 || m.month() > 12) {
                errors.put(field + ".month", "targets.error.month");
            } else if (!seen.add(m.month())) {
                errors.put(field + ".month", "targets.error.month-twice");
            }
            if (m != null && m.amount() != null && !validAmount(m.amount())) {
                errors.put(field + ".amount", "targets.error.amount");
            }
        }
    }

    /** At least zero, at most {@link #MAX_AMOUNT}, in yuan and fen. */
    public static boolean validAmount(BigDecimal amount) {
        return InputLimits.fitsNumeric(amount, 14, 2) && amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) <= 0
                && amount.stripTrailingZeros().scale() <= 2;
    }
}
