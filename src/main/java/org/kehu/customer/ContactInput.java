package org.kehu.customer;

import java.time.LocalDate;

import org.kehu.shared.Email;
import org.kehu.shared.Phone;

/** What a user enters for a contact; {@code version} is required when updating. */
public class ContactInput {

    private String name;
    private String department;
    private String title;
    private String nationalityCode;
    private String officeAddress;
    @Phone
    private String officePhone;
    @Phone(mobile = true)
    private String mobile;
    @Email
    private String email;
    private String homeAddress;
    @Phone
    private String homePhone;
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate birthday;
    private String hobbies;
    private boolean primary;
    private boolean marketingConsent;
    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getNationalityCode() { return nationalityCode; }
    public void setNationalityCode(String nationalityCode) { this.nationalityCode = nationalityCode; }
    public String getOfficeAddress() { return officeAddress; }
    public void setOfficeAddress(String officeAddress) { this.officeAddress = officeAddress; }
    public String getOfficePhone() { return officePhone; }
    public void setOfficePhone(String officePhone) { this.officePhone = officePhone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getHomeAddress() { return homeAddress; }
    public void setHomeAddress(String homeAddress) { this.homeAddress = homeAddress; }
    public String getHomePhone() { return homePhone; }
    public void setHomePhone(String homePhone) { this.homePhone = homePhone; }
    public LocalDate getBirthday() { return birthday; }
    public void setBirthday(LocalDate birthday) { this.birthday = birthday; }
    public String getHobbies() { return hobbies; }
    public void setHobbies(String hobbies) { this.hobbies = hobbies; }
    public boolean isPrimary() { return primary; }
    public void setPrimary(boolean primary) { this.primary = primary; }
    public boolean isMarketingConsent() { return marketingConsent; }
    public void setMarketingConsent(boolean marketingConsent) { this.marketingConsent = marketingConsent; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static ContactInput of(ContactDetails c) {
        ContactInput in = new ContactInput();
        in.name = c.name();
        in.department = c.department();
        in.title = c.title();
        in.nationalityCode = c.nationalityCode();
        in.officeAddress = c.officeAddress();
        in.officePhone = c.officePhone();
        in.mobile = c.mobile();
        in.email = c.email();
        in.homeAddress = c.homeAddress();
        in.homePhone = c.homePhone();
        in.birthday = c.birthday();
        in.hobbies = c.hobbies();
        in.primary = c.primary();
        in.marketingConsent = c.marketingConsent();
        in.version = c.version();
        return in;
    }
}
