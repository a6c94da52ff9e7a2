package org.kehu.order.internal.imports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.catalog.ImportedProducts;
import org.kehu.customer.ImportedCustomers;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.order.OrderHistoryImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the valid orders of an import from the staging tables, as sets, in one transaction: the customers
 * and products to create (through their modules), then the orders (completed or cancelled, imported, no
 * warehouse, no stock moved), their lines, each order's first status entry, one audit entry for the import,
 * and {@link OrderHistoryImported} for the read models. All of it or, on failure, none.
 */
@Component
class OrderImportWriter {

    /** What was written; the days are null when no order was. */
    record Written(int orders, int lines, int customersCreated, int productsCreated, Long categoryId, LocalDate firstDay,
            LocalDate lastDay) {

        static Written nothing() {
            return new Written(0, 0, 0, 0, null, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final ImportedCustomers customers;
    private final ImportedProducts products;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrderImportWriter(JdbcClient jdbc, ImportedCustomers customers, ImportedProducts products, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.products = products;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Written write(long jobId, String filename, OrderImportOptions options, long actor) {
        int createdCustomers = createCustomers(jobId, options.ownerId());
        Long categoryId = null;
        int createdProducts = 0;
        List<Keyed<ImportedProducts.NewProduct>> newProducts = newProducts(jobId);
        if (!newProducts.isEmpty()) {
            categoryId = options.categoryId() != null ? options.categoryId()
                    : products.createCategory("IMPORT-" + jobId, "导入的产品（" + filename + "）", "Imported products (" + filename + ")");
            List<Long> ids = products.register(newProducts.stream().map(Keyed::item).toList(), categoryId);
            created("order_import_product", "product_id", jobId, newProducts, ids);
            createdProducts = ids.size();
        }
        jdbc.sql("""
                with ids as materialized (
                    select number, nextval(pg_get_serial_sequence('sales_order', 'id')) as id
                      from (select number from order_import_order where job_id = :job and not bad order by first_row) o)
                update order_import_order o set order_id = ids.id from ids where o.job_id = :job and o.number = ids.number""")
                .param("job", jobId).update();
        // The totals in a materialized CTE: summed once, never re-summed per order by a nested loop.
        int orders = jdbc.sql("""
                with t as materialized (select number, sum(amount) as total from order_import_row where job_id = :job group by number)
                insert into sales_order(id, number, customer_id, owner_id, order_date, warehouse_id, status, total, created_by,
                    imported, import_job_id)
                overriding system value
                select o.order_id, o.number, k.customer_id, coalesce(c.owner_id, :owner), o.order_date, null,
                       coalesce(o.status, 'COMPLETED'), t.total, :actor, true, :job
                  from order_import_order o
                  join order_import_customer k on k.job_id = o.job_id and %s
                  join customer c on c.id = k.customer_id
                  join t on t.number = o.number
                 where o.job_id = :job and o.order_id is not null
                 order by o.first_row""".formatted(OrderImportStaging.CUSTOMER_KEY.formatted("o")))
                .param("job", jobId).param("owner", options.ownerId()).param("actor", actor).update();
        if (orders == 0) {
            return new Written(0, 0, createdCustomers, createdProducts, categoryId, null, null);
        }
        int lines = jdbc.sql("""
                insert into sales_order_line(order_id, line_no, product_id, product_code, product_name, unit_code, quantity,
                    unit_price, discount, amount, imported)
                select o.order_id, row_number() over (partition by o.order_id order by r.row_number), c.id, c.code,
                       coalesce(nullif(r.product_name, ''), c.name), c.unit_code, r.quantity, r.unit_price, r.discount, r.amount, true
                  from order_import_row r
                  join order_import_order o on o.job_id = r.job_id and o.number = r.number
                  join order_import_product p on p.job_id = r.job_id and %s
                  join product c on c.id = p.product_id
                 where r.job_id = :job and o.order_id is not null""".formatted(OrderImportStaging.PRODUCT_KEY.formatted("r")))
                .param("job", jobId).update();
        jdbc.sql("""
                insert into sales_order_status_change(order_id, from_status, to_status, actor_id)
                select id, null, status, :actor from sales_order where import_job_id = :job""")
                .param("job", jobId).param("actor", actor).update();
        LocalDate[] span = jdbc.sql("select min(order_date), max(order_date) from order_import_order where job_id = :job and order_id is not null")
                .param("job", jobId).query((rs, i) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("file", filename);
        values.put("orders", orders);
        values.put("lines", lines);
        values.put("customersCreated", createdCustomers);
        values.put("productsCreated", createdProducts);
        values.put("firstDay", span[0].toString());
        values.put("lastDay", span[1].toString());
        audit.recordChange(AuditAction.IMPORT, "order-import", jobId, filename, null, values);
        events.publishEvent(new OrderHistoryImported(jobId, span[0], span[1], orders));
        return new Written(orders, lines, createdCustomers, createdProducts, categoryId, span[0], span[1]);
    }

    /** A customer or product to create with its key in the staging table. */
    private record Keyed<T>(String code, String name, T item) {
    }

    /** Creates the customers that valid orders name and Kehu lacks; answers how many. */
    private int createCustomers(long jobId, long ownerId) {
        List<Keyed<ImportedCustomers.NewCustomer>> list = jdbc.sql("""
                select k.code, k.name, k.new_name, k.country
                  from order_import_customer k
                 where k.job_id = :job and k.matches = 0
                   and exists (select 1 from order_import_order o where o.job_id = k.job_id and not o.bad and %s)
                 order by k.code, k.name""".formatted(OrderImportStaging.CUSTOMER_KEY.formatted("o")))
                .param("job", jobId)
                .query((rs, i) -> {
                    String code = rs.getString("code");
                    String name = rs.getString("new_name").isEmpty() ? code + rs.getString("name") : rs.getString("new_name");
                    return new Keyed<>(code, rs.getString("name"), new ImportedCustomers.NewCustomer(code.isEmpty() ? null : code,
                            name, rs.getString("country").isEmpty() ? null : rs.getString("country")));
                }).list();
        if (list.isEmpty()) {
            return 0;
        }
        List<Long> ids = customers.register(list.stream().map(Keyed::item).toList(), ownerId);
        created("order_import_customer", "customer_id", jobId, list, ids);
        return ids.size();
    }

    /** The products that lines of valid orders name and the catalogue lacks, in a stable order. */
    private List<Keyed<ImportedProducts.NewProduct>> newProducts(long jobId) {
        return jdbc.sql("""
                select p.code, p.name, p.new_name, p.price
                  from order_import_product p
                 where p.job_id = :job and p.matches = 0
                   and exists (select 1 from order_import_row r
                                 join order_import_order o on o.job_id = r.job_id and o.number = r.number
                                where r.job_id = p.job_id and not o.bad and %s)
                 order by p.code, p.name""".formatted(OrderImportStaging.PRODUCT_KEY.formatted("r")))
                .param("job", jobId)
                .query((rs, i) -> {
                    String code = rs.getString("code");
                    String name = !rs.getString("new_name").isEmpty() ? rs.getString("new_name")
                            : code.isEmpty() ? rs.getString("name") : code;
                    return new Keyed<>(code, rs.getString("name"),
                            new ImportedProducts.NewProduct(code.isEmpty() ? null : code, name, rs.getBigDecimal("price")));
                }).list();
    }

    /** Puts the ids of what was created beside its key in the staging table. */
    private void created(String table, String idColumn, long jobId, List<? extends Keyed<?>> keys, List<Long> ids) {
        jdbc.sql("""
                update %s t set %s = u.id, created = true
                  from unnest(:codes, :names, :ids) as u(code, name, id)
                 where t.job_id = :job and t.code = u.code and t.name = u.name""".formatted(table, idColumn))
                .param("codes", keys.stream().map(Keyed::code).toArray(String[]::new))
                .param("names", keys.stream().map(Keyed::name).toArray(String[]::new))
                .param("ids", ids.toArray(Long[]::new)).param("job", jobId).update();
    }
}
