package org.kehu.churn;

import java.time.LocalDate;

import org.kehu.shared.web.RefuseUnknownFields;

/** 暂缓流失: the measure taken with the customer and the day until which the warning rests. */
@RefuseUnknownFields
public class PostponeInput {

    private String measure;
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate until;

    public PostponeInput() {
    }

    public PostponeInput(String measure, LocalDate until) {
        this.measure = measure;
        this.until = until;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
