package org.kehu.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.kehu.catalog.CategoryInfo;
import org.kehu.catalog.ProductDetails;
import org.kehu.catalog.ProductFilter;
import org.kehu.catalog.ProductRow;
import org.kehu.catalog.ProductStatus;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.Like;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of products by SQL: the list (keyset paging by code, the available stock summed in the query), the
 * export stream, and one product with its components and option groups.
 */
@Component
public class ProductQueries {

    private static final String ROW = """
            select p.id, p.code, p.name, p.category_id, p.model, p.specification, p.unit_code, p.price, p.status,
                   p.low_stock_threshold, p.updated_at,
                   coalesce((select sum(s.on_hand - s.reserved) from stock s where s.product_id = p.id), 0) as available
              from product p
            """;

    private final JdbcClient jdbc;

    ProductQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(ProductFilter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.getQ() != null && !f.getQ().isBlank()) {
            conditions.add("(p.code ilike :q or p.name ilike :q or p.model ilike :q)");
            params.put("q", Like.contains(f.getQ()));
        }
        if (f.getCategory() != null) {
            conditions.add("p.category_id = :category");
            params.put("category", f.getCategory());
        }
        if (f.getStatus() != null && !f.getStatus().isBlank()) {
            conditions.add("p.status = :status");
            params.put("status", f.getStatus());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /** A page by code: after the cursor {@code after}, or the page before the cursor {@code before}. */
    public KeysetPage<ProductRow> page(ProductFilter filter, String after, String before, int size) {
        Where w = where(filter);
        String sql = ROW + w.sql();
        String glue = w.sql().isEmpty() ? " where " : " and ";
        Map<String, Object> params = new LinkedHashMap<>(w.params());
        boolean backwards = !Cursor.given(after) && Cursor.given(before);
        String cursor = backwards ? before : Cursor.given(after) ? after : null;
        if (cursor != null) {
            Cursor.Position<String> at = Cursor.parse(cursor, backwards ? "before" : "after", String.class);
            sql += glue + "(p.code, p.id) " + (backwards ? "<" : ">") + " (:cursor, :cursorId)";
            params.put("cursor", at.value());
            params.put("cursorId", at.id());
        }
        sql += (backwards ? " order by p.code desc, p.id desc" : " order by p.code, p.id") + " limit " + (size + 1);
        return KeysetPage.of(jdbc.sql(sql).params(params).query(ProductQueries::row).list(), size, backwards,
                cursor != null, false, r -> Cursor.of(r.code(), r.id()));
    }

    /** Every matching product by code, one row at a time. */
    public void forEach(ProductFilter filter, Consumer<ProductRow> sink) {
        Where w = where(filter);
        jdbc.sql(ROW + w.sql() + " order by p.code").params(w.params())
                .query((RowCallbackHandler) rs -> sink.accept(row(rs, 0)));
    }

    public List<CategoryInfo> categories() {
        return jdbc.sql("select id, code, name_zh, name_en, sort_order, version from product_category order by sort_order, id")
                .query(CategoryInfo.class).list();
    }

    public Optional<ProductDetails> details(long id, Locale locale) {
        return jdbc.sql("""
                select p.*, c.name_zh, c.name_en from product p join product_category c on c.id = p.category_id
                 where p.id = ?""").param(id).query((rs, n) -> new ProductDetails(rs.getLong("id"), rs.getString("code"),
                        rs.getString("name"), rs.getLong("category_id"),
                        "en".equals(locale.getLanguage()) ? rs.getString("name_en") : rs.getString("name_zh"),
                        rs.getString("model"), rs.getString("specification"), rs.getString("unit_code"),
                        rs.getBigDecimal("price"), ProductStatus.valueOf(rs.getString("status")),
                        rs.getBigDecimal("low_stock_threshold"), rs.getString("description"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                        rs.getLong("version"), components(id), optionGroups(id)))
                .optional();
    }

    /** The product's components in their order. */
    public List<ProductDetails.Component> components(long productId) {
        return jdbc.sql("""
                select c.id, c.part_product_id, p.code, c.part_name, c.quantity from product_component c
                  left join product p on p.id = c.part_product_id
                 where c.product_id = ? order by c.sort_order, c.id""").param(productId)
                .query((rs, n) -> new ProductDetails.Component(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5)))
                .list();
    }

    /** The product's option groups with their options, in their order. */
    public List<ProductDetails.OptionGroup> optionGroups(long productId) {
        Map<Long, List<ProductDetails.Option>> options = new LinkedHashMap<>();
        jdbc.sql("""
                select o.group_id, o.id, o.name, o.price_delta from product_option o
                  join product_option_group g on g.id = o.group_id
                 where g.product_id = ? order by o.sort_order, o.id""").param(productId)
                .query((RowCallbackHandler) rs -> options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ProductDetails.Option(rs.getLong(2), rs.getString(3), rs.getBigDecimal(4))));
        return jdbc.sql("select id, name, required from product_option_group where product_id = ? order by sort_order, id")
                .param(productId)
                .query((rs, n) -> new ProductDetails.OptionGroup(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        options.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** Products for pickers (the component and movement forms), by code. */
    public List<ProductRow> all() {
        return jdbc.sql(ROW + " order by p.code").query(ProductQueries::row).list();
    }

    static ProductRow row(ResultSet rs, int n) throws SQLException {
        return new ProductRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("category_id"),
                rs.getString("model"), rs.getString("specification"), rs.getString("unit_code"), rs.getBigDecimal("price"),
                ProductStatus.valueOf(rs.getString("status")), rs.getBigDecimal("low_stock_threshold"),
                rs.getBigDecimal("available"), rs.getTimestamp("updated_at").toInstant());
    }
}
