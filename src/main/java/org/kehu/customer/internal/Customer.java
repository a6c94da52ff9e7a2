package org.kehu.customer.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.customer.CustomerDetails;
import org.kehu.shared.PinyinInitials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer enterprise; its name initials follow its name, for pinyin search. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private boolean codeEdited;
    private String name;
    private String nameInitials;
    private String website;
    private Long mainContactId;
    private String phone;
    private String fax;
    private String provinceCode;
    private String cityCode;
    private String address;
    private String natureCode;
    private String groupCode;
    private String industryCode;
    private String gradeCode;
    private String creditRating;
    private String loyaltyRating;
    private Long ownerId;
    private String bank;
    private String bankAccount;
    private String taxNumber;
    private String sourceCode;
    private String status = "ACTIVE";
    private Long createdBy;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String code, Long createdBy) {
        this.code = code;
        this.createdBy = createdBy;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public void rename(String name) {
        this.name = name;
        this.nameInitials = PinyinInitials.of(name);
    }

    /** Replaces the generated code; allowed once. */
    public void editCode(String newCode) {
        if (!newCode.equals(code)) {
            code = newCode;
            codeEdited = true;
        }
    }

    public void setProfile(String website, String phone, String fax, String provinceCode, String cityCode, String address,
            String natureCode, String groupCode, String industryCode, String gradeCode, String bank, String bankAccount,
            String taxNumber, String sourceCode, String status) {
        this.website = website;
        this.phone = phone;
        this.fax = fax;
        this.provinceCode = provinceCode;
        this.cityCode = cityCode;
        this.address = address;
        this.natureCode = natureCode;
        this.groupCode = groupCode;
        this.industryCode = industryCode;
        this.gradeCode = gradeCode;
        this.bank = bank;
        this.bankAccount = bankAccount;
        this.taxNumber = taxNumber;
        this.sourceCode = sourceCode;
        this.status = status;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public void setMainContactId(Long mainContactId) {
        this.mainContactId = mainContactId;
    }

    /** Marks the customer changed, e.g. when a contact changes, so that "last updated" sorts it first. */
    public void touch() {
        updatedAt = Instant.now();
    }

    /** The audited fields, in a stable order, for the audit log's old and new values. */
    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("website", website);
        m.put("phone", phone);
        m.put("fax", fax);
        m.put("provinceCode", provinceCode);
        m.put("cityCode", cityCode);
        m.put("address", address);
        m.put("natureCode", natureCode);
        m.put("groupCode", groupCode);
        m.put("industryCode", industryCode);
        m.put("gradeCode", gradeCode);
        m.put("ownerId", ownerId);
        m.put("bank", bank);
        m.put("bankAccount", bankAccount);
        m.put("taxNumber", taxNumber);
        m.put("sourceCode", sourceCode);
        m.put("status", status);
        m.put("mainContactId", mainContactId);
        return m;
    }

    public CustomerDetails details() {
        return new CustomerDetails(id, code, codeEdited, name, website, mainContactId, phone, fax, provinceCode, cityCode,
                address, natureCode, groupCode, industryCode, gradeCode, creditRating, loyaltyRating, ownerId, bank,
                bankAccount, taxNumber, sourceCode, org.kehu.customer.CustomerStatus.valueOf(status), createdAt, updatedAt, version);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public boolean isCodeEdited() { return codeEdited; }
    public String getName() { return name; }
    public Long getOwnerId() { return ownerId; }
    public Long getMainContactId() { return mainContactId; }
    public long getVersion() { return version; }
}
