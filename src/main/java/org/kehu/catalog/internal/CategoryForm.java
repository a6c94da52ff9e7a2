package org.kehu.catalog.internal;

/** A product category as the admin form enters it. */
public class CategoryForm {

    private String code;
    private String nameZh;
    private String nameEn;
    private Integer sortOrder;
    private Long version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static CategoryForm of(ProductCategory c) {
        CategoryForm f = new CategoryForm();
        f.code = c.getCode();
        f.nameZh = c.getNameZh();
        f.nameEn = c.getNameEn();
        f.sortOrder = c.getSortOrder();
        f.version = c.getVersion();
        return f;
    }
}
