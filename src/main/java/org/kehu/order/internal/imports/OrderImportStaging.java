package org.kehu.order.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.kehu.identity.OwnerScope;
import org.kehu.shared.jobs.ImportJobRun;
import org.kehu.shared.jobs.PgCopy;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staging tables of an order history import and the checks across rows, as sets: the rows are copied
 * in ({@code COPY}); the orders they make (one per order number), the customers and the products they name
 * (each once) are derived with {@code group by}; the customers and products are looked up with one join
 * each; and every check's errors go to the row report with one {@code insert ... select}. Nothing here
 * runs per row or per order. Each step runs in a transaction of its own: these tables are the job's
 * working state, not its outcome.
 *
 * <p>The rules: an order's date, status and customer are those of its first line that gives them, and a
 * line that gives other ones is an error; a line without a customer takes its order's (the customer belongs to
 * the order); an order without a customer on any line is a guest sale and every line of it an error (Kehu
 * keeps sales per customer: a walk-in customer would make one giant customer of every guest). A customer is
 * found by its code when the file gives one, else by its name; a name several customers have is an error, and
 * so is a customer outside the importer's data scope. Products likewise (a product has no owner).
 */
@Component
class OrderImportStaging {

    /** Error positions of the checks across rows, after a row's own (0, 1, ...). */
    static final int DATE_DIFFERS = 100;
    static final int STATUS_DIFFERS = 101;
    static final int CUSTOMER_CODE_DIFFERS = 102;
    static final int CUSTOMER_NAME_DIFFERS = 103;
    static final int GUEST = 110;
    static final int NUMBER_EXISTS = 120;
    static final int CUSTOMER_NOT_FOUND = 130;
    static final int CUSTOMER_NOT_VISIBLE = 131;
    static final int CUSTOMER_AMBIGUOUS = 132;
    static final int PRODUCT_NOT_FOUND = 140;
    static final int PRODUCT_AMBIGUOUS = 141;

    private static final String COLUMNS = "job_id, row_number, number, order_date, customer_code, customer_name, country,"
            + " product_code, product_name, quantity, unit_price, discount, amount, status";
    /** A row's or an order's customer key: (code, '') when the code is given, else ('', name). */
    static final String CUSTOMER_KEY = "k.code = %1$s.customer_code and k.name = case when %1$s.customer_code = '' then %1$s.customer_name else '' end";
    static final String PRODUCT_KEY = "p.code = %1$s.product_code and p.name = case when %1$s.product_code = '' then %1$s.product_name else '' end";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final MessageSource messages;
    private final TransactionTemplate own;

    OrderImportStaging(JdbcClient jdbc, DataSource dataSource, MessageSource messages, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.messages = messages;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Copies checked rows into the staging table, in a transaction of their own. */
    void copy(long jobId, Collection<StagedRow> rows) {
        own.executeWithoutResult(tx -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                PgCopy copy = PgCopy.into(connection, "order_import_row", COLUMNS);
                for (StagedRow r : rows) {
                    copy.row(jobId, r.number, r.orderNumber, r.date, r.customerCode, r.customerName, r.country, r.productCode,
                            r.productName, r.quantity, r.unitPrice, r.discount, r.amount, r.status);
                }
                copy.finish();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not copy the rows of import job " + jobId, e);
            }
        });
    }

    /** The orders the rows make, and the checks of each line against its order's first lines. */
    void orders(ImportJobRun run, Locale locale) {
        long job = run.jobId();
        // Fresh rows have no statistics: without them the planner takes 500,000 rows for one.
        own.executeWithoutResult(tx -> jdbc.sql("analyze order_import_row").update());
        update("""
                insert into order_import_order(job_id, number, first_row, order_date, date_row, status, status_row,
                    customer_code, customer_name, country, customer_row)
                select :job, number, min(row_number),
                       (array_agg(order_date order by row_number) filter (where order_date is not null))[1],
                       min(row_number) filter (where order_date is not null),
                       (array_agg(status order by row_number) filter (where status is not null))[1],
                       min(row_number) filter (where status is not null),
                       coalesce((array_agg(customer_code order by row_number) filter (where customer_code <> '' or customer_name <> ''))[1], ''),
                       coalesce((array_agg(customer_name order by row_number) filter (where customer_code <> '' or customer_name <> ''))[1], ''),
                       coalesce((array_agg(country order by row_number) filter (where customer_code <> '' or customer_name <> ''))[1], ''),
                       min(row_number) filter (where customer_code <> '' or customer_name <> '')
                  from order_import_row where job_id = :job and number <> '' group by number""", job);
        own.executeWithoutResult(tx -> jdbc.sql("analyze order_import_order").update());
        String rowsOfOrders = """
                  from order_import_row r join order_import_order o on o.job_id = r.job_id and o.number = r.number
                 where r.job_id = :job and """;
        errors(run, locale, "order.import.error.differs", """
                select r.row_number, %d as position, 'orderDate' as field, %s as message %s r.order_date <> o.order_date"""
                .formatted(DATE_DIFFERS, "%s", rowsOfOrders), "o.date_row::text");
        errors(run, locale, "order.import.error.differs", """
                select r.row_number, %d as position, 'status' as field, %s as message %s r.status <> o.status"""
                .formatted(STATUS_DIFFERS, "%s", rowsOfOrders), "o.status_row::text");
        errors(run, locale, "order.import.error.differs", """
                select r.row_number, %d as position, 'customerCode' as field, %s as message %s
                       r.customer_code <> '' and o.customer_code <> '' and r.customer_code <> o.customer_code"""
                .formatted(CUSTOMER_CODE_DIFFERS, "%s", rowsOfOrders), "o.customer_row::text");
        errors(run, locale, "order.import.error.differs", """
                select r.row_number, %d as position, 'customerName' as field, %s as message %s
                       r.customer_name <> '' and o.customer_name <> '' and r.customer_name <> o.customer_name"""
                .formatted(CUSTOMER_NAME_DIFFERS, "%s", rowsOfOrders), "o.customer_row::text");
        errors(run, locale, "order.import.error.guest", """
                select r.row_number, %d as position, 'customerCode' as field, %s as message %s
                       o.customer_code = '' and o.customer_name = ''""".formatted(GUEST, "%s", rowsOfOrders), "r.number");
        errors(run, locale, "order.import.error.number-exists", """
                select r.row_number, %d as position, 'orderNumber' as field, %s as message %s
                       exists (select 1 from sales_order s where s.number = o.number)""".formatted(NUMBER_EXISTS, "%s", rowsOfOrders),
                "r.number");
    }

    /**
     * The customers the orders name, looked up in one join: by code, else by name, counting the matches and
     * those within {@code scope}; unknown ones are errors unless they are to be created.
     */
    void customers(ImportJobRun run, Locale locale, OwnerScope scope, boolean create) {
        long job = run.jobId();
        update("""
                insert into order_import_customer(job_id, code, name, new_name, country)
                select :job, code, name, coalesce((array_agg(customer_name order by first_row) filter (where customer_name <> ''))[1], ''),
                       coalesce((array_agg(country order by first_row) filter (where country <> ''))[1], '')
                  from (select o.first_row, o.customer_name, o.country, o.customer_code as code,
                               case when o.customer_code = '' then o.customer_name else '' end as name
                          from order_import_order o
                         where o.job_id = :job and (o.customer_code <> '' or o.customer_name <> '')) x
                 group by code, name""", job);
        own.executeWithoutResult(tx -> jdbc.sql("""
                with m as (
                    select k.code, k.name, c.id, c.owner_id from order_import_customer k join customer c on c.code = k.code
                     where k.job_id = :job and k.code <> ''
                    union all
                    select k.code, k.name, c.id, c.owner_id from order_import_customer k join customer c on c.name = k.name
                     where k.job_id = :job and k.code = ''),
                a as (
                    select code, name, count(*) as n, count(*) filter (where :all or owner_id = any(:owners)) as v,
                           min(id) filter (where :all or owner_id = any(:owners)) as id
                      from m group by code, name)
                update order_import_customer k set matches = a.n, visible = a.v, customer_id = case when a.v = 1 then a.id end
                  from a where k.job_id = :job and k.code = a.code and k.name = a.name""")
                .param("job", job).param("all", scope.all()).param("owners", scope.ownerIdArray()).update());
        own.executeWithoutResult(tx -> jdbc.sql("analyze order_import_customer").update());
        String rowsOfCustomers = """
                  from order_import_row r join order_import_order o on o.job_id = r.job_id and o.number = r.number
                  join order_import_customer k on k.job_id = r.job_id and %s
                 where r.job_id = :job and """.formatted(CUSTOMER_KEY.formatted("o"));
        String field = "case when k.code <> '' then 'customerCode' else 'customerName' end";
        if (!create) {
            errors(run, locale, "order.import.error.customer-not-found", """
                    select r.row_number, %d as position, %s as field, %s as message %s k.matches = 0"""
                    .formatted(CUSTOMER_NOT_FOUND, field, "%s", rowsOfCustomers), "k.code || k.name");
        }
        errors(run, locale, "order.import.error.customer-not-visible", """
                select r.row_number, %d as position, %s as field, %s as message %s k.matches > 0 and k.visible = 0"""
                .formatted(CUSTOMER_NOT_VISIBLE, field, "%s", rowsOfCustomers), "k.code || k.name");
        errors(run, locale, "order.import.error.customer-ambiguous", """
                select r.row_number, %d as position, %s as field, %s as message %s k.visible > 1"""
                .formatted(CUSTOMER_AMBIGUOUS, field, "%s", rowsOfCustomers), "k.visible::text", "k.name");
    }

    /** The products the rows name, looked up in one join: by code, else by name; unknown ones are errors unless created. */
    void products(ImportJobRun run, Locale locale, boolean create) {
        long job = run.jobId();
        update("""
                insert into order_import_product(job_id, code, name, new_name, price)
                select :job, code, name,
                       coalesce((array_agg(product_name order by row_number) filter (where product_name <> ''))[1], ''),
                       coalesce((array_agg(unit_price order by order_date desc nulls last, row_number desc)
                                 filter (where unit_price >= 0))[1], 0)
                  from (select r.row_number, r.product_name, r.unit_price, r.order_date, r.product_code as code,
                               case when r.product_code = '' then r.product_name else '' end as name
                          from order_import_row r
                         where r.job_id = :job and (r.product_code <> '' or r.product_name <> '')) x
                 group by code, name""", job);
        update("""
                with m as (
                    select p.code, p.name, c.id from order_import_product p join product c on c.code = p.code
                     where p.job_id = :job and p.code <> ''
                    union all
                    select p.code, p.name, c.id from order_import_product p join product c on c.name = p.name
                     where p.job_id = :job and p.code = ''),
                a as (select code, name, count(*) as n, min(id) as id from m group by code, name)
                update order_import_product p set matches = a.n, product_id = case when a.n = 1 then a.id end
                  from a where p.job_id = :job and p.code = a.code and p.name = a.name""", job);
        own.executeWithoutResult(tx -> jdbc.sql("analyze order_import_product").update());
        String rowsOfProducts = """
                  from order_import_row r join order_import_product p on p.job_id = r.job_id and %s
                 where r.job_id = :job and """.formatted(PRODUCT_KEY.formatted("r"));
        String field = "case when p.code <> '' then 'productCode' else 'productName' end";
        if (!create) {
            errors(run, locale, "order.import.error.product-not-found", """
                    select r.row_number, %d as position, %s as field, %s as message %s p.matches = 0"""
                    .formatted(PRODUCT_NOT_FOUND, field, "%s", rowsOfProducts), "p.code || p.name");
        }
        errors(run, locale, "order.import.error.product-ambiguous", """
                select r.row_number, %d as position, %s as field, %s as message %s p.matches > 1"""
                .formatted(PRODUCT_AMBIGUOUS, field, "%s", rowsOfProducts), "p.matches::text", "p.name");
    }

    /** Marks the orders that have a line with an error: they are not written. */
    void markBadOrders(long jobId) {
        update("""
                update order_import_order o set bad = true
                  from (select distinct r.number from import_job_error e
                          join order_import_row r on r.job_id = e.job_id and r.row_number = e.row_number
                         where e.job_id = :job) b
                 where o.job_id = :job and o.number = b.number""", jobId);
    }

    /** Removes the job's working rows once it is done, whatever the outcome. */
    void clear(long jobId) {
        for (String table : new String[] {"order_import_row", "order_import_order", "order_import_customer", "order_import_product"}) {
            update("delete from " + table + " where job_id = :job", jobId);
        }
    }

    private void update(String sql, long jobId) {
        own.executeWithoutResult(tx -> jdbc.sql(sql).param("job", jobId).update());
    }

    /**
     * Reports the errors {@code select} finds; its message column is the message of {@code key} in the user's
     * language with the SQL expressions {@code args} put in its placeholders.
     */
    private void errors(ImportJobRun run, Locale locale, String key, String select, String... args) {
        Object[] markers = new Object[args.length];
        String message = "cast(:message as text)";
        for (int i = 0; i < args.length; i++) {
            markers[i] = "\u27E6" + i + "\u27E7";
            message = "replace(%s, '%s', %s)".formatted(message, markers[i], args[i]);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("job", run.jobId());
        params.put("message", messages.getMessage(key, markers, key, locale));
        run.errorsFrom(select.formatted(message), params);
    }
}
