package org.kehu.customer;

/**
 * What a user enters for a customer, from the form or the API. Checked by {@link CustomerManagement}:
 * problems come back as {@link org.kehu.shared.InvalidInputException} naming the fields.
 * {@code version} is the version the user read; a stale one is refused with 409.
 */
public class CustomerInput {

    private String code;
    private String name;
    private String website;
    @org.kehu.shared.Phone
    private String phone;
    @org.kehu.shared.Phone
    private String fax;
    private String provinceCode;
    private String cityCode;
    private String address;
    private String natureCode;
    private String groupCode;
    private String industryCode;
    private String gradeCode;
    private Long ownerId;
    private String bank;
    private String bankAccount;
    private String taxNumber;
    private String sourceCode;
    private CustomerStatus status = CustomerStatus.ACTIVE;
    private Long version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFax() { return fax; }
    public void setFax(String fax) { this.fax = fax; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getNatureCode() { return natureCode; }
    public void setNatureCode(String natureCode) { this.natureCode = natureCode; }
    public String getGroupCode() { return groupCode; }
    public void setGroupCode(String groupCode) { this.groupCode = groupCode; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String industryCode) { this.industryCode = industryCode; }
    public String getGradeCode() { return gradeCode; }
    public void setGradeCode(String gradeCode) { this.gradeCode = gradeCode; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getBank() { return bank; }
    public void setBank(String bank) { this.bank = bank; }
    public String getBankAccount() { return bankAccount; }
    public void setBankAccount(String bankAccount) { this.bankAccount = bankAccount; }
    public String getTaxNumber() { return taxNumber; }
    public void setTaxNumber(String taxNumber) { this.taxNumber = taxNumber; }
    public String getSourceCode() { return sourceCode; }
    public void setSourceCode(String sourceCode) { this.sourceCode = sourceCode; }
    public CustomerStatus getStatus() { return status; }
    public void setStatus(CustomerStatus status) { this.status = status; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    /** The form of an existing customer, for editing. */
    public static CustomerInput of(CustomerDetails c) {
        CustomerInput in = new CustomerInput();
        in.code = c.code();
        in.name = c.name();
        in.website = c.website();
        in.phone = c.phone();
        in.fax = c.fax();
        in.provinceCode = c.provinceCode();
        in.cityCode = c.cityCode();
        in.address = c.address();
        in.natureCode = c.natureCode();
        in.groupCode = c.groupCode();
        in.industryCode = c.industryCode();
        in.gradeCode = c.gradeCode();
        in.ownerId = c.ownerId();
        in.bank = c.bank();
        in.bankAccount = c.bankAccount();
        in.taxNumber = c.taxNumber();
        in.sourceCode = c.sourceCode();
        in.status = c.status();
        in.version = c.version();
        return in;
    }
}
