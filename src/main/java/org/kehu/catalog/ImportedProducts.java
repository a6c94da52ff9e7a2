package org.kehu.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products registered in bulk by another module's import (the order history import creates the products its
 * file names and the catalogue lacks), in a few statements and the caller's transaction, each with its audit
 * entry; and the category such an import creates for them when the user chose none.
 */
@Service
public class ImportedProducts {

    /** The unit of measure of a product an import creates (the file does not say). */
    public static final String UNIT = "PIECE";

    /** A product to register: its code (null: {@code IMP} and its id), its name and its list price (≥ 0). */
    public record NewProduct(String code, String name, BigDecimal price) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ImportedProducts(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether the category exists. */
    @Transactional(readOnly = true)
    public boolean categoryExists(long categoryId) {
        return jdbc.sql("select count(*) from product_category where id = :id").param("id", categoryId).query(Long.class).single() > 0;
    }

    /** Creates a category named by the import (code {@code code}, last in the order) and answers its id. */
    @PreAuthorize("hasAuthority('product.edit')")
    @Transactional(propagation = Propagation.MANDATORY)
    public long createCategory(String code, String nameZh, String nameEn) {
        long id = jdbc.sql("""
                insert into product_category(code, name_zh, name_en, sort_order)
                values (:code, left(:zh, 100), left(:en, 100), (select coalesce(max(sort_order), 0) + 10 from product_category))
                returning id""").param("code", code).param("zh", nameZh).param("en", nameEn).query(Long.class).single();
        audit.recordChange(AuditAction.CREATE, "product_category", id, code + " " + nameZh, null,
                Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn));
        return id;
    }

    /**
     * Registers the products, on sale in {@code categoryId} with unit {@value #UNIT}, and answers their ids in
     * the order given. The caller has checked that the codes are free.
     */
    @PreAuthorize("hasAuthority('product.edit')")
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> register(List<NewProduct> products, long categoryId) {
        if (products.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('product', 'id')) from generate_series(1, :n)")
                .param("n", products.size()).query(Long.class).list();
        jdbc.sql("""
                insert into product(id, code, name, category_id, unit_code, price)
                overriding system value
                select u.id, coalesce(u.code, 'IMP' || u.id), u.name, :category, :unit, u.price
                  from unnest(:ids, :codes, :names, :prices) with ordinality as u(id, code, name, price, ord)
                 order by u.ord""")
                .param("ids", ids.toArray(Long[]::new))
                .param("codes", products.stream().map(NewProduct::code).toArray(String[]::new))
                .param("names", products.stream().map(NewProduct::name).toArray(String[]::new))
                .param("prices", products.stream().map(NewProduct::price).toArray(BigDecimal[]::new))
                .param("category", categoryId).param("unit", UNIT).update();
        audit.recordChanges(AuditAction.IMPORT, "product", """
                select p.id as entity_id, p.code || ' ' || p.name as summary,
                       jsonb_build_object('code', p.code, 'name', p.name, 'categoryId', p.category_id, 'unitCode', p.unit_code,
                                          'price', p.price) as new_value
                  from product p where p.id = any(:ids) order by p.id""", Map.of("ids", ids.toArray(Long[]::new)));
        return ids;
    }
}
