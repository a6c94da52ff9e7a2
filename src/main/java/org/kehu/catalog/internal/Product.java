package org.kehu.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.shared.PinyinInitials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A product of the catalogue; components and options are rows of their own, read and written by SQL. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    /** Pinyin initials of the name, for search ({@code sgqzc} for 深沟球轴承). */
    @Column(name = "name_initials")
    private String nameInitials;
    @Column(name = "category_id")
    private long categoryId;
    private String model;
    private String specification;
    @Column(name = "unit_code")
    private String unitCode;
    private BigDecimal price;
    private String status;
    @Column(name = "low_stock_threshold")
    private BigDecimal lowStockThreshold;
    private String description;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) {
        this.name = name;
        this.nameInitials = PinyinInitials.initialsOfName(name);
    }
    public long getCategoryId() { return categoryId; }
    public void setCategoryId(long categoryId) { this.categoryId = categoryId; }
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
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }

    /** The values the audit log compares. */
    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", code);
        v.put("name", name);
        v.put("categoryId", categoryId);
        v.put("model", model);
        v.put("specification", specification);
        v.put("unitCode", unitCode);
        v.put("price", price == null ? null : price.toPlainString());
        v.put("status", status);
        v.put("lowStockThreshold", lowStockThreshold == null ? null : lowStockThreshold.toPlainString());
        return v;
    }
}
