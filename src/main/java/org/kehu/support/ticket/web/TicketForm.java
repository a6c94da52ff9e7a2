package org.kehu.support.ticket.web;

import java.time.LocalDateTime;

import org.kehu.shared.BusinessTime;
import org.kehu.support.TicketDetails;
import org.kehu.support.TicketInput;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-ticket form as the page posts it; times are local to the company's zone. */
public class TicketForm {

    private Long customerId;
    private Long contactId;
    private String typeCode = "CONSULTATION";
    private String priorityCode = "NORMAL";
    private String channel = "PHONE";
    private String subject;
    private String content;
    private Long productId;
    private String orderNumber;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime requestedAt;
    private String categoryCode;
    private String targetCode;
    private String judgement;
    private Long departmentId;
    private String handlingPlan;
    private Long version;

    TicketInput toInput() {
        String category = categoryCode;
        return new TicketInput(customerId, contactId, typeCode, priorityCode, channel, subject, content, productId,
                orderNumber, requestedAt == null ? null : requestedAt.atZone(BusinessTime.ZONE).toInstant(), category,
                targetCode, judgement, departmentId, handlingPlan, version);
    }

    static TicketForm of(TicketDetails t) {
        TicketForm f = new TicketForm();
        f.customerId = t.customerId();
        f.contactId = t.contactId();
        f.typeCode = t.typeCode();
        f.priorityCode = t.priorityCode();
        f.channel = t.channel();
        f.subject = t.subject();
        f.content = t.content();
        f.productId = t.productId();
        f.orderNumber = t.orderNumber();
        f.requestedAt = t.requestedAt() == null ? null : LocalDateTime.ofInstant(t.requestedAt(), BusinessTime.ZONE);
        f.categoryCode = t.categoryCode();
        f.targetCode = t.targetCode();
        f.judgement = t.judgement();
        f.departmentId = t.departmentId();
        f.handlingPlan = t.handlingPlan();
        f.version = t.version();
        return f;
    }

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public String getTypeCode() { return typeCode; }
    public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
    public String getPriorityCode() { return priorityCode; }
    public void setPriorityCode(String priorityCode) { this.priorityCode = priorityCode; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
    public void setRequestedAt(LocalDateTime requestedAt) { this.requestedAt = requestedAt; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getTargetCode() { return targetCode; }
    public void setTargetCode(String targetCode) { this.targetCode = targetCode; }
    public String getJudgement() { return judgement; }
    public void setJudgement(String judgement) { this.judgement = judgement; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getHandlingPlan() { return handlingPlan; }
    public void setHandlingPlan(String handlingPlan) { this.handlingPlan = handlingPlan; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
