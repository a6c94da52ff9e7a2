package org.kehu.customer.internal.imports;

import java.util.List;

import org.kehu.shared.jobs.ImportColumnName;

/**
 * The columns of an import file, in template order, each with its English and Chinese header: a file
 * may use either (or mix them), in any order. Customer columns repeat on every contact row of the
 * same customer.
 */
public enum ImportColumn implements ImportColumnName {
    CUSTOMER_CODE("customerCode", "Customer code", "客户编码", true),
    CUSTOMER_NAME("customerName", "Customer name", "客户名称", true),
    PHONE("phone", "Phone", "电话", true),
    FAX("fax", "Fax", "传真", true),
    WEBSITE("website", "Website", "网址", true),
    PROVINCE("province", "Province", "省份", true),
    CITY("city", "City", "城市", true),
    ADDRESS("address", "Address", "地址", true),
    NATURE("nature", "Nature", "客户性质", true),
    GROUP("group", "Group", "客户组别", true),
    INDUSTRY("industry", "Industry", "行业", true),
    GRADE("grade", "Grade", "客户等级", true),
    SOURCE("source", "Source", "客户来源", true),
    TAX_NUMBER("taxNumber", "Tax number", "税号", true),
    BANK("bank", "Bank", "开户银行", true),
    BANK_ACCOUNT("bankAccount", "Bank account", "银行账号", true),
    OWNER("owner", "Owner username", "负责人账号", true),
    CONTACT_NAME("contactName", "Contact name", "联系人姓名", false),
    CONTACT_DEPARTMENT("contactDepartment", "Contact department", "联系人部门", false),
    CONTACT_TITLE("contactTitle", "Contact title", "联系人职务", false),
    CONTACT_MOBILE("contactMobile", "Contact mobile", "联系人手机", false),
    CONTACT_OFFICE_PHONE("contactOfficePhone", "Contact office phone", "联系人办公电话", false),
    CONTACT_EMAIL("contactEmail", "Contact e-mail", "联系人邮箱", false),
    CONTACT_BIRTHDAY("contactBirthday", "Contact birthday", "联系人生日", false),
    CONTACT_MARKETING_CONSENT("contactMarketingConsent", "Marketing consent", "同意营销", false),
    CONTACT_PRIMARY("contactPrimary", "Primary contact", "主联系人", false);

    private final String field;
    private final String english;
    private final String chinese;
    private final boolean customerColumn;

    ImportColumn(String field, String english, String chinese, boolean customerColumn) {
        this.field = field;
        this.english = english;
        this.chinese = chinese;
        this.customerColumn = customerColumn;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    boolean customerColumn() {
        return customerColumn;
    }

    @Override
    public List<String> aliases() {
        // the header of templates downloaded before the name was unified
        return this == GROUP ? List.of("客户分组") : List.of();
    }
}
