package org.kehu.dictionary.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the region form and the API send: the code only counts when a city is added, the version only on update. */
public class RegionForm extends OrderedForm {

    /** A GB/T 2260 code: six digits. */
    @Pattern(regexp = "\\d{6}", message = "{region.validation.code.pattern}")
    private String code;

    @NotBlank(message = "{region.validation.name-zh.required}")
    @Size(max = 60, message = "{region.validation.name.size}")
    private String nameZh;

    @NotBlank(message = "{region.validation.name-en.required}")
    @Size(max = 80, message = "{region.validation.name.size}")
    private String nameEn;

    public static RegionForm of(RegionRow row) {
        RegionForm f = new RegionForm();
        f.code = row.code();
        f.nameZh = row.nameZh();
        f.nameEn = row.nameEn();
        f.copy(row.sortOrder(), row.enabled(), row.version());
        return f;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh == null ? null : nameZh.trim();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn == null ? null : nameEn.trim();
    }
}
