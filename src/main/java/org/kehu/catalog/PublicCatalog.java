package org.kehu.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.kehu.catalog.internal.ProductQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as the portal's public pages show it, to anyone and without a login: the products on sale and
 * their categories. Discontinued products are left out, as if they did not exist.
 */
@Service
@Transactional(readOnly = true)
public class PublicCatalog {

    private static final String SELECT = """
            select p.id, p.code, p.name, p.category_id, p.model, p.specification, p.unit_code, p.price, p.description
              from product p join product_category c on c.id = p.category_id
             where p.status = 'ON_SALE'""";

    private final JdbcClient jdbc;
    private final ProductQueries queries;

    PublicCatalog(JdbcClient jdbc, ProductQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** Every product on sale, by category (in the categories' order) and code. */
    public List<PublicProduct> onSale() {
        return jdbc.sql(SELECT + " order by c.sort_order, c.id, p.code").query(PublicCatalog::product).list();
    }

    /** The product on sale with this code. */
    public Optional<PublicProduct> onSale(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " and p.code = ?").param(code.strip()).query(PublicCatalog::product)
                .optional();
    }

    /**
     * The product on sale with this code, with its components and option groups, if it has at least one option
     * group: the portal's configurator offers nothing to choose for a product without.
     */
    public Optional<ConfigurableProduct> configurable(String code) {
        return onSale(code).flatMap(p -> {
            List<ProductDetails.OptionGroup> groups = queries.optionGroups(p.id());
            return groups.isEmpty() ? Optional.empty()
                    : Optional.of(new ConfigurableProduct(p, queries.components(p.id()), groups));
        });
    }

    /** The products on sale that have option groups to configure, by category and code. */
    public List<PublicProduct> configurableOnSale() {
        return jdbc.sql(SELECT + " and exists (select 1 from product_option_group g where g.product_id = p.id)"
                + " order by c.sort_order, c.id, p.code").query(PublicCatalog::product).list();
    }

    /** Whether the product on sale with this code has option groups to configure. */
    public boolean isConfigurable(String code) {
        return onSale(code).map(p -> Boolean.TRUE.equals(jdbc.sql(
                "select exists(select 1 from product_option_group where product_id = ?)").param(p.id())
                .query(Boolean.class).single())).orElse(false);
    }

    /** The categories that have products on sale, in their order. */
    public List<CategoryInfo> categories() {
        return jdbc.sql("""
                select c.id, c.code, c.name_zh, c.name_en, c.sort_order, c.version from product_category c
                 where exists (select 1 from product p where p.category_id = c.id and p.status = 'ON_SALE')
                 order by c.sort_order, c.id""")
                .query((rs, n) -> new CategoryInfo(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getInt("sort_order"), rs.getLong("version"))).list();
    }

    private static PublicProduct product(ResultSet rs, int row) throws SQLException {
        return new PublicProduct(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("category_id"),
                rs.getString("model"), rs.getString("specification"), rs.getString("unit_code"), rs.getBigDecimal("price"),
                rs.getString("description"));
    }
}
