package org.kehu.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin of product categories ({@code product.edit}) and warehouses ({@code inventory.edit}): create and
 * change, with a stale version refused.
 */
@Service
@Transactional
public class CatalogAdmin {

    private final ProductCategoryRepository categories;
    private final WarehouseRepository warehouses;
    private final AuditTrail audit;

    CatalogAdmin(ProductCategoryRepository categories, WarehouseRepository warehouses, AuditTrail audit) {
        this.categories = categories;
        this.warehouses = warehouses;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ProductCategory> categories() {
        return categories.findAllByOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public ProductCategory category(long id) {
        return categories.findById(id).orElseThrow(() -> new RecordNotFoundException("Category", id));
    }

    @PreAuthorize("hasAuthority('product.edit')")
    public ProductCategory saveCategory(Long id, CategoryForm form) {
        ProductCategory c = id == null ? new ProductCategory() : category(id);
        checkVersion(id, form.getVersion(), c.getVersion(), "Category");
        Map<String, String> errors = new LinkedHashMap<>();
        form.setCode(code(errors, form.getCode(), id == null ? categories.existsByCodeIgnoreCase(strip(form.getCode()))
                : categories.existsByCodeIgnoreCaseAndIdNot(strip(form.getCode()), id)));
        form.setNameZh(strip(form.getNameZh()));
        form.setNameEn(strip(form.getNameEn()));
        ProductChecks.text(errors, "nameZh", form.getNameZh(), 100, true);
        ProductChecks.text(errors, "nameEn", form.getNameEn(), 100, true);
        int order = sortOrder(errors, form.getSortOrder());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Object> before = id == null ? null : Map.of("code", c.getCode(), "nameZh", c.getNameZh(),
                "nameEn", c.getNameEn(), "sortOrder", c.getSortOrder());
        c.setCode(form.getCode());
        c.setNameZh(form.getNameZh());
        c.setNameEn(form.getNameEn());
        c.setSortOrder(order);
        categories.saveAndFlush(c);
        audit.recordChange(id == null ? AuditAction.CREATE : AuditAction.UPDATE, "product_category", c.getId(),
                c.getCode() + " " + c.getNameZh(), before, Map.of("code", c.getCode(), "nameZh", c.getNameZh(),
                        "nameEn", c.getNameEn(), "sortOrder", c.getSortOrder()));
        return c;
    }

    @Transactional(readOnly = true)
    public List<Warehouse> warehouses() {
        return warehouses.findAllByOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Warehouse warehouse(long id) {
        return warehouses.findById(id).orElseThrow(() -> new RecordNotFoundException("Warehouse", id));
    }

    @PreAuthorize("hasAuthority('inventory.edit')")
    public Warehouse saveWarehouse(Long id, WarehouseForm form) {
        Warehouse w = id == null ? new Warehouse() : warehouse(id);
        checkVersion(id, form.getVersion(), w.getVersion(), "Warehouse");
        Map<String, String> errors = new LinkedHashMap<>();
        form.setCode(code(errors, form.getCode(), id == null ? warehouses.existsByCodeIgnoreCase(strip(form.getCode()))
                : warehouses.existsByCodeIgnoreCaseAndIdNot(strip(form.getCode()), id)));
        form.setName(strip(form.getName()));
        form.setAddress(strip(form.getAddress()));
        ProductChecks.text(errors, "name", form.getName(), 100, true);
        ProductChecks.text(errors, "address", form.getAddress(), 300, false);
        int order = sortOrder(errors, form.getSortOrder());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Object> before = id == null ? null : warehouseValues(w);
        w.setCode(form.getCode());
        w.setName(form.getName());
        w.setAddress(form.getAddress());
        w.setSortOrder(order);
        warehouses.saveAndFlush(w);
        audit.recordChange(id == null ? AuditAction.CREATE : AuditAction.UPDATE, "warehouse", w.getId(),
                w.getCode() + " " + w.getName(), before, warehouseValues(w));
        return w;
    }

    private static Map<String, Object> warehouseValues(Warehouse w) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", w.getCode());
        v.put("name", w.getName());
        v.put("address", w.getAddress());
        v.put("sortOrder", w.getSortOrder());
        return v;
    }

    private static void checkVersion(Long id, Long given, long current, String what) {
        if (id != null && (given == null || given != current)) {
            throw new ConcurrentEditException(what, id);
        }
    }

    private static String code(Map<String, String> errors, String code, boolean taken) {
        String c = strip(code);
        if (c == null) {
            errors.put("code", "catalog.error.required");
        } else if (!c.matches("[A-Za-z0-9_-]{1,32}")) {
            errors.put("code", "catalog.error.code-format");
        } else if (taken) {
            errors.put("code", "catalog.error.code-taken");
        }
        return c;
    }

    private static int sortOrder(Map<String, String> errors, Integer order) {
        if (order == null) {
            return 0;
        }
        if (order < 0 || order > 99999) {
            errors.put("sortOrder", "catalog.error.sort-order");
        }
        return order;
    }

    private static String strip(String s) {
        return ProductChecks.strip(s);
    }
}
