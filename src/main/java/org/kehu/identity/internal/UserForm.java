package org.kehu.identity.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.kehu.shared.Email;
import org.kehu.shared.EmailAddress;
import org.kehu.shared.Phone;
import org.kehu.shared.PhoneNumber;

/** What the administrator enters for a user; the initial password only when creating. */
public class UserForm {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{identity.user.username.pattern}")
    private String username;
    @NotBlank
    @Size(max = 100)
    private String name;
    @Size(max = 32)
    private String employeeCode;
    private Long departmentId;
    private String positionCode;
    private String levelCode;
    @Phone
    private String phone;
    @Email
    private String email;
    private boolean enabled = true;
    private List<Long> roleIds = new ArrayList<>();
    /** Only on create: blank means "generate one and show it once". */
    @Size(max = 100)
    private String initialPassword;
    private long version;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = trim(username); }
    public String getName() { return name; }
    public void setName(String name) { this.name = trim(name); }
    public String getEmployeeCode() { return employeeCode; }
    public void setEmployeeCode(String employeeCode) { this.employeeCode = trim(employeeCode); }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getPositionCode() { return positionCode; }
    public void setPositionCode(String positionCode) { this.positionCode = trim(positionCode); }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String levelCode) { this.levelCode = trim(levelCode); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = PhoneNumber.normalise(phone); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = EmailAddress.normalise(email); }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public List<Long> getRoleIds() { return roleIds; }
    public void setRoleIds(List<Long> roleIds) { this.roleIds = roleIds == null ? new ArrayList<>() : roleIds; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = trim(initialPassword); }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    /** Empty input is stored as null, so that unique columns accept many users without a value. */
    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
