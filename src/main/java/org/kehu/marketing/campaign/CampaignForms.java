package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of a campaign's page: a cost entry, a response, an opportunity to claim. */
final class CampaignForms {

    private CampaignForms() {
    }

    /** An actual cost. */
    public static class CostForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate spentOn;
        private String item;
        private BigDecimal amount;

        public LocalDate getSpentOn() { return spentOn; }
        public void setSpentOn(LocalDate spentOn) { this.spentOn = spentOn; }
        public String getItem() { return item; }
        public void setItem(String item) { this.item = item; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    /** A response staff record. */
    public static class ResponseForm {
        private Long customerId;
        private Long contactId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate respondedOn;
        private String note;

        public Long getCustomerId() { return customerId; }
        public void setCustomerId(Long customerId) { this.customerId = customerId; }
        public Long getContactId() { return contactId; }
        public void setContactId(Long contactId) { this.contactId = contactId; }
        public LocalDate getRespondedOn() { return respondedOn; }
        public void setRespondedOn(LocalDate respondedOn) { this.respondedOn = respondedOn; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** An opportunity the campaign brought. */
    public static class OpportunityForm {
        private Long opportunityId;

        public Long getOpportunityId() { return opportunityId; }
        public void setOpportunityId(Long opportunityId) { this.opportunityId = opportunityId; }
    }
}
