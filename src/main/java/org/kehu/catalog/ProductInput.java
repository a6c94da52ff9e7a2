package org.kehu.catalog;

import java.math.BigDecimal;

/**
 * What a user enters for a product, from the form or the API. Checked by {@link ProductManagement}: problems come
 * back as {@link org.kehu.shared.InvalidInputException} naming the fields. {@code version} is the version the user
 * read; a stale one is refused with 409.
 */
public class ProductInput {

    private String code;
    private String name;
    private Long categoryId;
    private String model;
    private String specification;
    private String unitCode;
    private BigDecimal price;
    private String status = ProductStatus.ON_SALE.name();
    private BigDecimal lowStockThreshold;
    private String description;
    private Long version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public String getSpecification() { return specification; }
    public void setSpecification(String specification) { this.specification = specification; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal price) { this.price = price; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public BigDecimal getLowStockThreshold() { return lowStockThreshold; }
    public void setLowStockThreshold(BigDecimal lowStockThreshold) { this.lowStockThreshold = lowStockThreshold; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    /** The form of an existing product, for editing. */
    public static ProductInput of(ProductDetails p) {
        ProductInput in = new ProductInput();
        in.code = p.code();
        in.name = p.name();
        in.categoryId = p.categoryId();
        in.model = p.model();
        in.specification = p.specification();
        in.unitCode = p.unitCode();
        in.price = p.price();
        in.status = p.status().name();
        in.lowStockThreshold = p.lowStockThreshold();
        in.description = p.description();
        in.version = p.version();
        return in;
    }
}
