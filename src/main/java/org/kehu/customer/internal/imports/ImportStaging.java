package org.kehu.customer.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.kehu.shared.jobs.ImportRowError;
import org.kehu.shared.jobs.PgCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.kehu.shared.jobs.ImportJobReport;

/**
 * The checked rows of a running import in {@code customer_import_row}, and the checks across rows done
 * there in SQL, as sets: which rows make one customer, customer fields that differ between those rows,
 * duplicates of existing customers and within the file, and the ids of what will be written. These are
 * the checks {@link RowChecker} cannot make on one row; their messages are the same as before.
 *
 * <p>Writes to the staging table run in transactions of their own (they are the job's working state,
 * not the import's outcome); reads of {@code customer} run in the caller's transaction, so they see
 * what it sees.
 */
@Component
class ImportStaging {

    /** The file columns kept as text in the staging table (the others are kept resolved). */
    static final List<ImportColumn> RAW = Arrays.stream(ImportColumn.values())
            .filter(c -> c != ImportColumn.CONTACT_BIRTHDAY && c != ImportColumn.CONTACT_MARKETING_CONSENT
                    && c != ImportColumn.CONTACT_PRIMARY)
            .toList();

    /** Error positions within a row, after the row's own checks (0, 1, ...), in the order the checks ran before. */
    static final int DIFFERS = 100;
    static final int DUPLICATE_EXISTING = 200;
    static final int CODE_EXISTS = 300;
    static final int PHONE_IN_FILE = 400;
    static final int TAX_IN_FILE = 401;

    private static final int FETCH_SIZE = 2000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate own;
    private final TransactionTemplate caller;
    private final NamedParameterJdbcTemplate streaming;

    ImportStaging(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.caller = new TransactionTemplate(transactions);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    static String column(ImportColumn column) {
        return column == ImportColumn.GROUP ? "customer_group"
                : column.field().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** Copies checked rows into the staging table, in a transaction of their own. */
    void copy(long jobId, Collection<ParsedRow> rows) {
        String columns = "job_id, row_number, " + RAW.stream().map(ImportStaging::column).collect(Collectors.joining(", "))
                + ", name_initials, province_code, city_code, nature_code, group_code, industry_code, grade_code, source_code,"
                + " owner_id, birthday, marketing_consent, is_primary, group_row, has_error";
        own.executeWithoutResult(tx -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                PgCopy copy = PgCopy.into(connection, "customer_import_row", columns);
                for (ParsedRow r : rows) {
                    List<Object> values = new ArrayList<>(RAW.size() + 16);
                    values.add(jobId);
                    values.add(r.number);
                    for (ImportColumn c : RAW) {
                        values.add(r.get(c));
                    }
                    values.addAll(Arrays.asList(r.initials, r.provinceCode, r.cityCode, r.natureCode, r.groupCode,
                            r.industryCode, r.gradeCode, r.sourceCode, r.ownerId, r.birthday, r.marketingConsent, r.primary,
                            r.number, !r.errors.isEmpty()));
                    copy.row(values.toArray());
                }
                copy.finish();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not copy the rows of import job " + jobId, e);
            }
        });
    }

    /**
     * Rows with the same code (when given) or name make one customer, as the file reads from top to
     * bottom: a row joins the customer of the first earlier row with its code, else of the first earlier
     * row with its name, else it starts one. {@code group_row} ends as that customer's first row.
     */
    void group(long jobId) {
        // Fresh rows have no statistics: without them the planner takes 500,000 rows for one.
        own.executeWithoutResult(tx -> jdbc.sql("analyze customer_import_row").update());
        own.executeWithoutResult(tx -> {
            jdbc.sql("""
                    with k as (
                        select row_number,
                               case when customer_code <> '' then min(row_number) over (partition by customer_code) end as first_code,
                               min(row_number) over (partition by customer_name) as first_name
                          from customer_import_row where job_id = :job and customer_name <> '')
                    update customer_import_row r
                       set group_row = case when k.first_code < k.row_number then k.first_code
                                            when k.first_name < k.row_number then k.first_name
                                            else k.row_number end
                      from k where r.job_id = :job and r.row_number = k.row_number""").param("job", jobId).update();
            // A row pointed at an earlier row that itself joined another: follow the chain to its start.
            while (jdbc.sql("""
                    update customer_import_row r set group_row = p.group_row
                      from customer_import_row p
                     where r.job_id = :job and p.job_id = :job and p.row_number = r.group_row and p.group_row <> r.group_row""")
                    .param("job", jobId).update() > 0) {
                // until every row names its customer's first row
            }
        });
    }

    /** A customer field of a later row that differs from the customer's first row (both given). */
    void differences(long jobId, RowChecker checker, Consumer<ImportRowError> errors) {
        List<ImportColumn> customerColumns = Arrays.stream(ImportColumn.values()).filter(ImportColumn::customerColumn).toList();
        String values = customerColumns.stream()
                .map(c -> "(%d, r.%s, g.%s)".formatted(c.ordinal(), column(c), column(c)))
                .collect(Collectors.joining(", "));
        stream("""
                select r.row_number, d.ord, g.row_number as first_row
                  from customer_import_row r
                  join customer_import_row g on g.job_id = r.job_id and g.row_number = r.group_row
                 cross join lateral (values %s) d(ord, mine, theirs)
                 where r.job_id = :job and r.group_row <> r.row_number
                   and d.mine <> '' and d.theirs <> '' and d.mine <> d.theirs
                 order by r.row_number, d.ord""".formatted(values), Map.of("job", jobId), rs -> {
            ImportColumn column = ImportColumn.values()[rs.getInt("ord")];
            int row = rs.getInt("row_number");
            errors.accept(at(checker.error(row, column, "customer.import.error.differs", rs.getInt("first_row")),
                    DIFFERS + column.ordinal()));
        });
    }

    /**
     * Of each customer's first row: the same name, phone or tax number as existing customers (up to 10,
     * as {@code DuplicateFinder} shows them), a code already taken, and a phone or tax number that an
     * earlier customer of the file has.
     */
    void duplicates(long jobId, RowChecker checker, Consumer<ImportRowError> errors) {
        String roots = "select row_number, customer_name, customer_code, phone, tax_number from customer_import_row"
                + " where job_id = :job and group_row = row_number and customer_name <> ''";
        stream("""
                with roots as (%s),
                candidates as (
                    select r.row_number, c.id from roots r join customer c on c.name = r.customer_name
                    union select r.row_number, c.id from roots r join customer c on r.phone <> '' and c.phone = r.phone
                    union select r.row_number, c.id from roots r join customer c on r.tax_number <> '' and c.tax_number = r.tax_number),
                ranked as (
                    select r.row_number, c.id, c.code, c.name,
                           case when c.name = r.customer_name then 'name' when c.phone = r.phone then 'phone' else 'taxNumber' end as matched_on,
                           row_number() over (partition by r.row_number order by c.id) as n
                      from candidates k join customer c on c.id = k.id join roots r on r.row_number = k.row_number)
                select row_number, code, name, matched_on, n from ranked where n <= 10 order by row_number, n""".formatted(roots),
                Map.of("job", jobId), rs -> {
                    ImportColumn column = switch (rs.getString("matched_on")) {
                        case "name" -> ImportColumn.CUSTOMER_NAME;
                        case "phone" -> ImportColumn.PHONE;
                        default -> ImportColumn.TAX_NUMBER;
                    };
                    errors.accept(at(checker.error(rs.getInt("row_number"), column, "customer.import.error.duplicate-existing",
                            rs.getString("code"), rs.getString("name")), DUPLICATE_EXISTING + rs.getInt("n")));
                });
        stream("""
                with roots as (%s)
                select r.row_number, r.customer_code from roots r
                 where r.customer_code <> '' and exists (select 1 from customer c where c.code = r.customer_code)
                 order by r.row_number""".formatted(roots), Map.of("job", jobId),
                rs -> errors.accept(at(checker.error(rs.getInt(1), ImportColumn.CUSTOMER_CODE, "customer.import.error.code-exists",
                        rs.getString(2)), CODE_EXISTS)));
        inFile(jobId, roots, "phone", ImportColumn.PHONE, PHONE_IN_FILE, checker, errors);
        inFile(jobId, roots, "tax_number", ImportColumn.TAX_NUMBER, TAX_IN_FILE, checker, errors);
    }

    private void inFile(long jobId, String roots, String field, ImportColumn column, int position, RowChecker checker,
            Consumer<ImportRowError> errors) {
        stream("""
                with roots as (%s)
                select row_number, first_row from (
                    select row_number, min(row_number) over (partition by %s) as first_row from roots where %s <> '') x
                 where first_row < row_number order by row_number""".formatted(roots, field, field), Map.of("job", jobId),
                rs -> errors.accept(at(checker.error(rs.getInt(1), column, "customer.import.error.duplicate-in-file",
                        rs.getInt(2)), position)));
    }

    /**
     * Marks the rows with errors and, unless {@code writeNothing}, takes ids from the tables' sequences
     * for the customers whose rows are all valid and for their contacts, in file order; chooses each
     * customer's main contact (the first marked primary, else the first) and counts its contacts.
     */
    void prepare(long jobId, boolean writeNothing) {
        own.executeWithoutResult(tx -> {
            jdbc.sql("""
                    update customer_import_row r set has_error = true
                     where r.job_id = :job and not r.has_error
                       and exists (select 1 from import_job_error e where e.job_id = :job and e.row_number = r.row_number)""")
                    .param("job", jobId).update();
            if (writeNothing) {
                return;
            }
            // The ids in materialized CTEs, so that nextval runs once per row whatever plan is chosen.
            jdbc.sql("""
                    with bad as (select distinct group_row from customer_import_row where job_id = :job and has_error),
                    ids as materialized (
                        select row_number, nextval(pg_get_serial_sequence('customer', 'id')) as id
                          from (select g.row_number from customer_import_row g
                                  left join bad on bad.group_row = g.row_number
                                 where g.job_id = :job and g.row_number = g.group_row and g.customer_name <> ''
                                   and bad.group_row is null
                                 order by g.row_number) o)
                    update customer_import_row r set customer_id = ids.id
                      from ids where r.job_id = :job and r.row_number = ids.row_number""").param("job", jobId).update();
            jdbc.sql("""
                    with ids as materialized (
                        select row_number, nextval(pg_get_serial_sequence('contact', 'id')) as id
                          from (select c.row_number from customer_import_row c
                                  join customer_import_row g on g.job_id = c.job_id and g.row_number = c.group_row
                                 where c.job_id = :job and c.contact_name <> '' and g.customer_id is not null
                                 order by c.row_number) o)
                    update customer_import_row r set contact_id = ids.id
                      from ids where r.job_id = :job and r.row_number = ids.row_number""").param("job", jobId).update();
            jdbc.sql("""
                    with m as (
                        select group_row, count(contact_id) as contacts,
                               (array_agg(contact_id order by row_number)
                                   filter (where contact_id is not null and (is_primary or not any_primary)))[1] as main
                          from (select group_row, row_number, contact_id, is_primary,
                                       bool_or(is_primary) over (partition by group_row) as any_primary
                                  from customer_import_row where job_id = :job) x
                         group by group_row)
                    update customer_import_row r set main_contact_id = m.main, contact_count = m.contacts
                      from m where r.job_id = :job and r.row_number = m.group_row and r.customer_id is not null""")
                    .param("job", jobId).update();
        });
    }

    /** Removes the job's rows once it is done, whatever the outcome. */
    void clear(long jobId) {
        own.executeWithoutResult(tx -> jdbc.sql("delete from customer_import_row where job_id = :job").param("job", jobId).update());
    }

    /** Runs a query in the caller's transaction (or one of its own), fetching its rows in batches. */
    private void stream(String sql, Map<String, ?> params, RowCallbackHandler handler) {
        caller.executeWithoutResult(tx -> streaming.query(sql, params, handler));
    }

    private static ImportRowError at(ImportJobReport.RowError error, int position) {
        return new ImportRowError(error.row(), position, error.field(), error.message());
    }
}
