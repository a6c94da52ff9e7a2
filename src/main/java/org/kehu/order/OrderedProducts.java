package org.kehu.order;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The products a customer has ordered, for the customer portal (a ticket may name one of them): scoped by the
 * customer id the caller has established, with no staff data scope.
 */
@Service
@Transactional(readOnly = true)
public class OrderedProducts {

    /** A product as it was named on the customer's order lines. */
    public record Product(long id, String code, String name) {
    }

    /** Past this many, the most recently ordered are offered. */
    static final int MAX = 200;

    private final JdbcClient jdbc;

    OrderedProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's ordered products, the most recently ordered first. */
    public List<Product> of(long customerId) {
        return jdbc.sql("""
                select l.product_id, max(l.product_code), max(l.product_name)
                  from sales_order o join sales_order_line l on l.order_id = o.id
                 where o.customer_id = :c group by l.product_id order by max(o.order_date) desc, l.product_id limit :max""")
                .param("c", customerId).param("max", MAX)
                .query((rs, n) -> new Product(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
