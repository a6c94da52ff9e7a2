package org.kehu.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.kehu.catalog.internal.Product;
import org.kehu.catalog.internal.ProductChecks;
import org.kehu.catalog.internal.ProductParts;
import org.kehu.catalog.internal.ProductQueries;
import org.kehu.catalog.internal.ProductRepository;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products of the catalogue: reading one with its components and option groups, creating and changing them.
 * Products belong to nobody: {@code product.view} reads, {@code product.edit} changes. Bad input answers
 * {@link InvalidInputException} naming the fields; a stale {@code version} answers {@link ConcurrentEditException}.
 */
@Service
@Transactional
public class ProductManagement {

    private final ProductRepository products;
    private final ProductQueries queries;
    private final ProductChecks checks;
    private final ProductParts parts;
    private final AuditTrail audit;
    private final Clock clock;

    ProductManagement(ProductRepository products, ProductQueries queries, ProductChecks checks, ProductParts parts,
            AuditTrail audit, Clock clock) {
        this.products = products;
        this.queries = queries;
        this.checks = checks;
        this.parts = parts;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('product.view')")
    @Transactional(readOnly = true)
    public ProductDetails get(long id) {
        return queries.details(id, LocaleContextHolder.getLocale())
                .orElseThrow(() -> new RecordNotFoundException("Product", id));
    }

    /** The categories by their order. */
    @Transactional(readOnly = true)
    public List<CategoryInfo> categories() {
        return queries.categories();
    }

    @PreAuthorize("hasAuthority('product.edit')")
    public ProductDetails create(ProductInput input) {
        checks.check(input, null);
        Product p = new Product();
        p.setCreatedAt(clock.instant());
        apply(p, input);
        products.saveAndFlush(p);
        audit.recordChange(AuditAction.CREATE, "product", p.getId(), p.getCode() + " " + p.getName(), null, p.auditValues());
        return get(p.getId());
    }

    /** Saves the product; {@code input.version} must be the version read, else 409. */
    @PreAuthorize("hasAuthority('product.edit')")
    public ProductDetails update(long id, ProductInput input) {
        Product p = products.findById(id).orElseThrow(() -> new RecordNotFoundException("Product", id));
        if (input.getVersion() == null) {
            throw InvalidInputException.of("version", "catalog.error.required");
        }
        if (input.getVersion() != p.getVersion()) {
            throw new ConcurrentEditException("Product", id);
        }
        checks.check(input, id);
        var before = p.auditValues();
        apply(p, input);
        products.saveAndFlush(p);
        audit.recordChange(AuditAction.UPDATE, "product", id, p.getCode() + " " + p.getName(), before, p.auditValues());
        return get(id);
    }

    @PreAuthorize("hasAuthority('product.edit')")
    public long addComponent(long productId, Long partProductId, String partName, BigDecimal quantity) {
        return parts.addComponent(productId, partProductId, partName, quantity);
    }

    @PreAuthorize("hasAuthority('product.edit')")
    public void removeComponent(long productId, long componentId) {
        parts.removeComponent(productId, componentId);
    }

    @PreAuthorize("hasAuthority('product.edit')")
    public long addOptionGroup(long productId, String name, boolean required) {
        return parts.addOptionGroup(productId, name, required);
    }

    @PreAuthorize("hasAuthority('product.edit')")
    public void removeOptionGroup(long productId, long groupId) {
        parts.removeOptionGroup(productId, groupId);
    }

    /** Adds an option to a group; {@code priceDelta} is signed (a cheaper option takes money off). */
    @PreAuthorize("hasAuthority('product.edit')")
    public long addOption(long productId, long groupId, String name, BigDecimal priceDelta) {
        return parts.addOption(productId, groupId, name, priceDelta);
    }

    @PreAuthorize("hasAuthority('product.edit')")
    public void removeOption(long productId, long optionId) {
        parts.removeOption(productId, optionId);
    }

    private void apply(Product p, ProductInput in) {
        p.setCode(in.getCode());
        p.setName(in.getName());
        p.setCategoryId(in.getCategoryId());
        p.setModel(in.getModel());
        p.setSpecification(in.getSpecification());
        p.setUnitCode(in.getUnitCode());
        p.setPrice(in.getPrice());
        p.setStatus(in.getStatus());
        p.setLowStockThreshold(in.getLowStockThreshold());
        p.setDescription(in.getDescription());
        p.setUpdatedAt(clock.instant());
    }
}
