package org.kehu.portal.showcase;

/** An enterprise as the back office form enters it. */
public class EnterpriseForm {

    private String kind = EnterpriseKind.PARTNER.name();
    private String name;
    private String summary;
    private String body;
    private String website;
    private Integer sortOrder;
    private boolean published;
    private Long version;

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    static EnterpriseForm of(Enterprise e) {
        EnterpriseForm f = new EnterpriseForm();
        f.kind = e.kind().name();
        f.name = e.name();
        f.summary = e.summary();
        f.body = e.body();
        f.website = e.website();
        f.sortOrder = e.sortOrder();
        f.published = e.published();
        f.version = e.version();
        return f;
    }
}
