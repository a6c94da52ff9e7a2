package org.kehu.dictionary.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the entry form and the API send: the code only counts on create, the version only on update. */
public class EntryForm extends OrderedForm {

    @NotBlank(message = "{dictionary.validation.code.required}")
    @Pattern(regexp = "[A-Z0-9_]{1,32}", message = "{dictionary.validation.code.pattern}")
    private String code;

    @NotBlank(message = "{dictionary.validation.label-zh.required}")
    @Size(max = 100, message = "{dictionary.validation.label.size}")
    private String labelZh;

    @NotBlank(message = "{dictionary.validation.label-en.required}")
    @Size(max = 100, message = "{dictionary.validation.label.size}")
    private String labelEn;

    /** A value some types give meaning to, e.g. the default probability (%) of an opportunity stage. */
    @Size(max = 200, message = "{dictionary.validation.extra.size}")
    private String extra;

    public static EntryForm of(EntryRow row) {
        EntryForm f = new EntryForm();
        f.code = row.code();
        f.labelZh = row.labelZh();
        f.labelEn = row.labelEn();
        f.extra = row.extra();
        f.copy(row.sortOrder(), row.enabled(), row.version());
        return f;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        // Codes are upper case; accept "steel" for STEEL rather than refuse it.
        this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh == null ? null : labelZh.trim();
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn == null ? null : labelEn.trim();
    }

    public String getExtra() {
        return extra;
    }

    public void setExtra(String extra) {
        this.extra = extra == null || extra.isBlank() ? null : extra.trim();
    }
}
