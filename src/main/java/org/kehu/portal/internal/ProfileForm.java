package org.kehu.portal.internal;

import jakarta.validation.constraints.Size;

import org.kehu.customer.ContactDetails;
import org.kehu.shared.Email;
import org.kehu.shared.Phone;

/** What a portal user may change of their own contact record; the rest stays as staff keep it. */
class ProfileForm {

    @Size(max = 100)
    private String name;
    @Size(max = 100)
    private String department;
    @Size(max = 100)
    private String title;
    @Phone
    private String officePhone;
    @Phone(mobile = true)
    private String mobile;
    @Email
    private String email;
    @Size(max = 300)
    private String officeAddress;
    private Long version;

    static ProfileForm of(ContactDetails c) {
        ProfileForm f = new ProfileForm();
        f.name = c.name();
        f.department = c.department();
        f.title = c.title();
        f.officePhone = c.officePhone();
        f.mobile = c.mobile();
        f.email = c.email();
        f.officeAddress = c.officeAddress();
        f.version = c.version();
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOfficePhone() { return officePhone; }
    public void setOfficePhone(String officePhone) { this.officePhone = officePhone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOfficeAddress() { return officeAddress; }
    public void setOfficeAddress(String officeAddress) { this.officeAddress = officeAddress; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
