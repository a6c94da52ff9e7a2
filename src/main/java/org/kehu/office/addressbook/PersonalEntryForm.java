package org.kehu.office.addressbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.kehu.shared.Email;
import org.kehu.shared.Phone;

/**
 * A personal address book entry as the form and the API take it: a name and any of the ways to reach the person.
 * {@code version} is required when saving an existing entry.
 */
public class PersonalEntryForm {

    @NotBlank
    @Size(max = 100)
    private String name;
    @Size(max = 200)
    private String company;
    @Size(max = 100)
    private String title;
    @Phone
    @Size(max = 32)
    private String mobile;
    @Phone
    @Size(max = 32)
    private String phone;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 300)
    private String address;
    @Size(max = 1000)
    private String note;
    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    static PersonalEntryForm of(PersonalEntry e) {
        PersonalEntryForm f = new PersonalEntryForm();
        f.name = e.name();
        f.company = e.company();
        f.title = e.title();
        f.mobile = e.mobile();
        f.phone = e.phone();
        f.email = e.email();
        f.address = e.address();
        f.note = e.note();
        f.version = e.version();
        return f;
    }
}
