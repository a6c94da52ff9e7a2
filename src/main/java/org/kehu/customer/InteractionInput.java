package org.kehu.customer;

import java.time.LocalDateTime;

/** What a user records of one interaction with a customer; the time is local to China (Asia/Shanghai). */
public class InteractionInput {

    /** As an HTML datetime-local input sends it. */
    @org.springframework.format.annotation.DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime occurredAt;
    private String place;
    private String channelCode;
    private Long contactId;
    private String summary;
    private String details;

    public LocalDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getChannelCode() { return channelCode; }
    public void setChannelCode(String channelCode) { this.channelCode = channelCode; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
}
