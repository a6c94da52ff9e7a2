package org.kehu.identity.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.kehu.identity.DataScope;

/** A role as the administrator edits it: names, data scope and the granted permissions (authority strings). */
public class RoleForm {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Z0-9_]*", message = "{identity.role.code.pattern}")
    private String code;
    @NotBlank
    @Size(max = 100)
    private String nameZh;
    @NotBlank
    @Size(max = 100)
    private String nameEn;
    @NotNull
    private DataScope dataScope = DataScope.OWN;
    private Set<String> permissions = new LinkedHashSet<>();
    private long version;
    private boolean systemRole;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.trim().toUpperCase(); }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = UserForm.trim(nameZh); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = UserForm.trim(nameEn); }
    public DataScope getDataScope() { return dataScope; }
    public void setDataScope(DataScope dataScope) { this.dataScope = dataScope; }
    public Set<String> getPermissions() { return permissions; }
    public void setPermissions(Set<String> permissions) { this.permissions = permissions == null ? new LinkedHashSet<>() : permissions; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public boolean isSystemRole() { return systemRole; }
    void setSystemRole(boolean systemRole) { this.systemRole = systemRole; }
}
