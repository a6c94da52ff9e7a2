package org.kehu.portal.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.kehu.shared.Email;
import org.kehu.shared.Phone;

/** The portal's registration form: who registers, for which company. */
class RegistrationForm {

    @NotBlank
    @Size(max = 200)
    private String companyName;
    /** The unified social credit code (统一社会信用代码): 18 letters and digits. */
    @Pattern(regexp = "^$|^[0-9A-Za-z]{18}$", message = "{portal.register.credit-code}")
    private String creditCode;
    @NotBlank
    @Size(max = 100)
    private String contactName;
    @NotBlank
    @Email
    private String email;
    @Phone
    private String phone;
    @Size(max = 1000)
    private String message;

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
