package org.kehu.support.ticket.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.kehu.shared.BusinessTime;
import org.kehu.support.HandlingInput;
import org.springframework.format.annotation.DateTimeFormat;

/** The handling form: what was done and, for after-sales tickets, the service record and up to three spare parts. */
public class HandlingForm {

    private String note;
    private String serviceType;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime serviceTime;
    private String servicePerson;
    private String serviceContent;
    private BigDecimal charges;
    private String customerFeedback;
    private Long warehouseId;
    private List<Long> partProduct = new ArrayList<>();
    private List<BigDecimal> partQuantity = new ArrayList<>();
    private Long version;

    HandlingInput toInput() {
        List<HandlingInput.PartLine> parts = new ArrayList<>();
        for (int i = 0; i < partProduct.size(); i++) {
            Long product = partProduct.get(i);
            BigDecimal quantity = i < partQuantity.size() ? partQuantity.get(i) : null;
            if (product != null || quantity != null) {
                parts.add(new HandlingInput.PartLine(product, quantity));
            }
        }
        return new HandlingInput(note, serviceType, serviceTime == null ? null : serviceTime.atZone(BusinessTime.ZONE).toInstant(),
                servicePerson, serviceContent, charges, customerFeedback, warehouseId, parts, version);
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getServiceType() { return serviceType; }
    public void setServiceType(String serviceType) { this.serviceType = serviceType; }
    public LocalDateTime getServiceTime() { return serviceTime; }
    public void setServiceTime(LocalDateTime serviceTime) { this.serviceTime = serviceTime; }
    public String getServicePerson() { return servicePerson; }
    public void setServicePerson(String servicePerson) { this.servicePerson = servicePerson; }
    public String getServiceContent() { return serviceContent; }
    public void setServiceContent(String serviceContent) { this.serviceContent = serviceContent; }
    public BigDecimal getCharges() { return charges; }
    public void setCharges(BigDecimal charges) { this.charges = charges; }
    public String getCustomerFeedback() { return customerFeedback; }
    public void setCustomerFeedback(String customerFeedback) { this.customerFeedback = customerFeedback; }
    public Long getWarehouseId() { return warehouseId; }
    public void setWarehouseId(Long warehouseId) { this.warehouseId = warehouseId; }
    public List<Long> getPartProduct() { return partProduct; }
    public void setPartProduct(List<Long> partProduct) { this.partProduct = partProduct; }
    public List<BigDecimal> getPartQuantity() { return partQuantity; }
    public void setPartQuantity(List<BigDecimal> partQuantity) { this.partQuantity = partQuantity; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
