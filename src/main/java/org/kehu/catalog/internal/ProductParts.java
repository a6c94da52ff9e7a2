package org.kehu.catalog.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Components and option groups of a product. Each change also counts as a change of the product (its version
 * goes up), so that an edit form opened before it cannot silently overwrite what it was based on.
 */
@Component
public class ProductParts {

    private final JdbcClient jdbc;

    ProductParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long addComponent(long productId, Long partProductId, String partName, BigDecimal quantity) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = ProductChecks.strip(partName);
        if (partProductId != null) {
            if (partProductId == productId) {
                errors.put("partProductId", "catalog.error.component-self");
            } else {
                String partProductName = jdbc.sql("select name from product where id = ?").param(partProductId)
                        .query(String.class).optional().orElse(null);
                if (partProductName == null) {
                    errors.put("partProductId", "catalog.error.unknown-choice");
                } else if (name == null) {
                    name = partProductName;
                }
            }
        } else if (name == null) {
            errors.put("partName", "catalog.error.component-name");
        }
        ProductChecks.text(errors, "partName", name, 200, false);
        ProductChecks.positiveQuantity(errors, "quantity", quantity);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        touch(productId);
        return jdbc.sql("""
                insert into product_component(product_id, part_product_id, part_name, quantity, sort_order)
                values (:p, :part, :name, :q, (select coalesce(max(sort_order), 0) + 10 from product_component where product_id = :p))
                returning id""")
                .param("p", productId).param("part", partProductId).param("name", name).param("q", quantity)
                .query(Long.class).single();
    }

    public void removeComponent(long productId, long componentId) {
        touch(productId);
        if (jdbc.sql("delete from product_component where id = ? and product_id = ?").params(componentId, productId)
                .update() == 0) {
            throw new RecordNotFoundException("Component", componentId);
        }
    }

    public long addOptionGroup(long productId, String name, boolean required) {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = ProductChecks.strip(name);
        ProductChecks.text(errors, "name", n, 100, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        touch(productId);
        return jdbc.sql("""
                insert into product_option_group(product_id, name, required, sort_order)
                values (:p, :name, :required, (select coalesce(max(sort_order), 0) + 10 from product_option_group where product_id = :p))
                returning id""").param("p", productId).param("name", n).param("required", required)
                .query(Long.class).single();
    }

    public void removeOptionGroup(long productId, long groupId) {
        touch(productId);
        if (jdbc.sql("delete from product_option_group where id = ? and product_id = ?").params(groupId, productId)
                .update() == 0) {
            throw new RecordNotFoundException("Option group", groupId);
        }
    }

    public long addOption(long productId, long groupId, String name, BigDecimal priceDelta) {
        if (!Boolean.TRUE.equals(jdbc.sql("select exists(select 1 from product_option_group where id = ? and product_id = ?)")
                .params(groupId, productId).query(Boolean.class).single())) {
            throw new RecordNotFoundException("Option group", groupId);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String n = ProductChecks.strip(name);
        ProductChecks.text(errors, "name", n, 100, true);
        ProductChecks.priceDelta(errors, "priceDelta", priceDelta);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        touch(productId);
        return jdbc.sql("""
                insert into product_option(group_id, name, price_delta, sort_order)
                values (:g, :name, :delta, (select coalesce(max(sort_order), 0) + 10 from product_option where group_id = :g))
                returning id""").param("g", groupId).param("name", n).param("delta", priceDelta)
                .query(Long.class).single();
    }

    public void removeOption(long productId, long optionId) {
        touch(productId);
        if (jdbc.sql("""
                delete from product_option o using product_option_group g
                 where o.id = ? and g.id = o.group_id and g.product_id = ?""").params(optionId, productId).update() == 0) {
            throw new RecordNotFoundException("Option", optionId);
        }
    }

    private void touch(long productId) {
        if (jdbc.sql("update product set version = version + 1, updated_at = now() where id = ?").param(productId)
                .update() == 0) {
            throw new RecordNotFoundException("Product", productId);
        }
    }
}
