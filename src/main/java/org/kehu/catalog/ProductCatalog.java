package org.kehu.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kehu.shared.paging.Like;
import org.kehu.shared.PinyinInitials;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to products and warehouses for other modules (orders, tickets, the portal). */
@Service
@Transactional(readOnly = true)
public class ProductCatalog {

    private static final String SELECT = "select id, code, name, model, unit_code, price, status from product";

    private final JdbcClient jdbc;

    ProductCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProductInfo> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ProductCatalog::info).optional();
    }

    /** The products of these ids, by id; unknown ids are left out. */
    public Map<Long, ProductInfo> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where id = any(?)").param(ids.toArray(Long[]::new)).query(ProductCatalog::info).list()
                .stream().collect(Collectors.toMap(ProductInfo::id, Function.identity()));
    }

    /**
     * Products on sale whose code, name or model contains {@code text}, or whose name's pinyin initials
     * have the letters of {@code text} in order ({@code sgq} finds 深沟球轴承), for pickers; by code.
     */
    public List<ProductInfo> search(String text, int limit) {
        String t = text == null ? "" : text.strip();
        String like = Like.contains(t);
        String initials = PinyinInitials.looksLikeInitials(t) ? PinyinInitials.likePattern(t) : null;
        return jdbc.sql(SELECT + " where status = 'ON_SALE' and (code ilike :q or name ilike :q or model ilike :q"
                + (initials == null ? "" : " or name_initials like :initials") + ") order by code limit :limit")
                .param("q", like).param("initials", initials).param("limit", limit)
                .query(ProductCatalog::info).list();
    }

    public List<WarehouseInfo> warehouses() {
        return jdbc.sql("select id, code, name from warehouse order by sort_order, id")
                .query((rs, n) -> new WarehouseInfo(rs.getLong("id"), rs.getString("code"), rs.getString("name"))).list();
    }

    private static ProductInfo info(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ProductInfo(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("model"),
                rs.getString("unit_code"), rs.getBigDecimal("price"), "ON_SALE".equals(rs.getString("status")));
    }
}
