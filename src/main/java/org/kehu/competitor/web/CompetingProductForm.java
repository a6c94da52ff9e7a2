package org.kehu.competitor.web;

import java.math.BigDecimal;

import org.kehu.competitor.CompetingProduct;
import org.kehu.competitor.CompetingProductInput;
import org.kehu.competitor.Relation;

/** A competing product's form fields. */
public class CompetingProductForm {

    private String name;
    private String model;
    private Long ourProductId;
    private String relation = Relation.SIMILAR.name();
    private String usage;
    private String performance;
    private BigDecimal price;
    private Long version;

    static CompetingProductForm of(CompetingProduct p) {
        CompetingProductForm f = new CompetingProductForm();
        f.name = p.name();
        f.model = p.model();
        f.ourProductId = p.ourProductId();
        f.relation = p.relation().name();
        f.usage = p.usage();
        f.performance = p.performance();
        f.price = p.price();
        f.version = p.version();
        return f;
    }

    CompetingProductInput toInput() {
        return new CompetingProductInput(name, model, ourProductId, relation, usage, performance, price, version);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public Long getOurProductId() { return ourProductId; }
    public void setOurProductId(Long ourProductId) { this.ourProductId = ourProductId; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getUsage() { return usage; }
    public void setUsage(String usage) { this.usage = usage; }
    public String getPerformance() { return performance; }
    public void setPerformance(String performance) { this.performance = performance; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal price) { this.price = price; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
