package org.kehu.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An order as the form and the API send it. Empty fields take defaults: today as the order date, the
 * customer's address, the first warehouse. {@code version} is required to update.
 */
public class OrderInput {

    private Long customerId;
    private LocalDate orderDate;
    private String deliveryAddress;
    private Long warehouseId;
    private LocalDate promisedDate;
    private String note;
    private List<OrderLineInput> lines = new ArrayList<>();
    private Long version;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public void setPromisedDate(LocalDate promisedDate) {
        this.promisedDate = promisedDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<OrderLineInput> getLines() {
        return lines;
    }

    public void setLines(List<OrderLineInput> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
