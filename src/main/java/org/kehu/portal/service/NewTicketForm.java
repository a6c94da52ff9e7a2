package org.kehu.portal.service;

import java.util.ArrayList;
import java.util.List;

import org.kehu.support.NewCustomerTicket;
import org.springframework.web.multipart.MultipartFile;

/** The new-ticket form of the portal; the support module checks it (and the portal checks product and order). */
public class NewTicketForm {

    private String typeCode = "CONSULTATION";
    private String subject;
    private String content;
    private Long productId;
    private String orderNumber;
    private List<MultipartFile> files = new ArrayList<>();

    NewCustomerTicket toTicket() {
        return new NewCustomerTicket(typeCode, subject, content, productId,
                orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip());
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public List<MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(List<MultipartFile> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }
}
