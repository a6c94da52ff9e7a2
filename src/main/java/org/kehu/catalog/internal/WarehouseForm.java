package org.kehu.catalog.internal;

/** A warehouse as the admin form and the API enter it. */
public class WarehouseForm {

    private String code;
    private String name;
    private String address;
    private Integer sortOrder;
    private Long version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static WarehouseForm of(Warehouse w) {
        WarehouseForm f = new WarehouseForm();
        f.code = w.getCode();
        f.name = w.getName();
        f.address = w.getAddress();
        f.sortOrder = w.getSortOrder();
        f.version = w.getVersion();
        return f;
    }
}
