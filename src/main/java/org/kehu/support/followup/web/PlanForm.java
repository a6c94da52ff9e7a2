package org.kehu.support.followup.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kehu.support.followup.FollowUpMethod;
import org.springframework.format.annotation.DateTimeFormat;

/** The plan form: chosen customers, day, person, method, note. */
public class PlanForm {

    private List<Long> customerIds = new ArrayList<>();
    private Long contactId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedOn;
    private Long assigneeId;
    private FollowUpMethod method = FollowUpMethod.PHONE;
    private String note;

    public List<Long> getCustomerIds() {
        return customerIds;
    }

    public void setCustomerIds(List<Long> customerIds) {
        this.customerIds = customerIds == null ? new ArrayList<>() : customerIds;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public FollowUpMethod getMethod() {
        return method;
    }

    public void setMethod(FollowUpMethod method) {
        this.method = method;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
