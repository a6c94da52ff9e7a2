package org.kehu.portal.showcase;

/** A concept product as the back office form enters it. */
public class ConceptForm {

    private String name;
    private String description;
    private String stage = ConceptStage.DESIGN.name();
    private Integer sortOrder;
    private boolean published;
    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    static ConceptForm of(Concept c) {
        ConceptForm f = new ConceptForm();
        f.name = c.name();
        f.description = c.description();
        f.stage = c.stage().name();
        f.sortOrder = c.sortOrder();
        f.published = c.published();
        f.version = c.version();
        return f;
    }
}
