package org.kehu.churn;

import org.kehu.shared.web.RefuseUnknownFields;

/** 确认流失: the reason (dictionary CHURN_REASON) and an optional note. */
@RefuseUnknownFields
public class ConfirmInput {

    private String reason;
    private String note;

    public ConfirmInput() {
    }

    public ConfirmInput(String reason, String note) {
        this.reason = reason;
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
