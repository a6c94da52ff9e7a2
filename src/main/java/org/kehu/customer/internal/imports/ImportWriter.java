package org.kehu.customer.internal.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.customer.internal.CustomerCodes;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.PinyinInitials;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes one checked customer with its contacts, its first ownership entry and its audit entry. */
@Component
class ImportWriter {

    private final JdbcClient jdbc;
    private final CustomerCodes codes;
    private final AuditTrail audit;
    private final UserDirectory users;

    ImportWriter(JdbcClient jdbc, CustomerCodes codes, AuditTrail audit, UserDirectory users) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.audit = audit;
        this.users = users;
    }

    boolean codeExists(String code) {
        return jdbc.sql("select count(*) from customer where code = :code").param("code", code).query(Long.class).single() > 0;
    }

    /** Returns the number of contacts written. */
    int write(CustomerImporter.CustomerRows customer) {
        ParsedRow r = customer.first();
        long actor = users.requireCurrentUser().id();
        String name = r.get(ImportColumn.CUSTOMER_NAME);
        String code = r.has(ImportColumn.CUSTOMER_CODE) ? r.get(ImportColumn.CUSTOMER_CODE) : codes.next();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("name", name);
        values.put("phone", blank(r.get(ImportColumn.PHONE)));
        values.put("fax", blank(r.get(ImportColumn.FAX)));
        values.put("website", blank(r.get(ImportColumn.WEBSITE)));
        values.put("provinceCode", r.provinceCode);
        values.put("cityCode", r.cityCode);
        values.put("address", blank(r.get(ImportColumn.ADDRESS)));
        values.put("natureCode", r.natureCode);
        values.put("groupCode", r.groupCode);
        values.put("industryCode", r.industryCode);
        values.put("gradeCode", r.gradeCode);
        values.put("sourceCode", r.sourceCode);
        values.put("taxNumber", blank(r.get(ImportColumn.TAX_NUMBER)));
        values.put("bank", blank(r.get(ImportColumn.BANK)));
        values.put("bankAccount", blank(r.get(ImportColumn.BANK_ACCOUNT)));
        values.put("ownerId", r.ownerId);
        long id = jdbc.sql("""
                insert into customer(code, code_edited, name, name_initials, phone, fax, website, province_code, city_code,
                    address, nature_code, group_code, industry_code, grade_code, source_code, tax_number, bank,
                    bank_account, owner_id, created_by)
                values (:code, :codeEdited, :name, :initials, :phone, :fax, :website, :provinceCode, :cityCode,
                    :address, :natureCode, :groupCode, :industryCode, :gradeCode, :sourceCode, :taxNumber, :bank,
                    :bankAccount, :ownerId, :actor)
                returning id""")
                .params(values).param("codeEdited", r.has(ImportColumn.CUSTOMER_CODE))
                .param("initials", PinyinInitials.of(name)).param("actor", actor)
                .query(Long.class).single();
        Long mainContact = null;
        int contacts = 0;
        for (ParsedRow row : customer.rows) {
            if (!row.has(ImportColumn.CONTACT_NAME)) {
                continue;
            }
            boolean primary = row.primary || (mainContact == null && customer.rows.stream().noneMatch(x -> x.primary));
            long contactId = jdbc.sql("""
                    insert into contact(customer_id, name, department, title, mobile, office_phone, email, birthday,
                        is_primary, marketing_consent)
                    values (:customer, :name, :department, :title, :mobile, :office, :email, :birthday, :primary, :consent)
                    returning id""")
                    .param("customer", id).param("name", row.get(ImportColumn.CONTACT_NAME))
                    .param("department", blank(row.get(ImportColumn.CONTACT_DEPARTMENT)))
                    .param("title", blank(row.get(ImportColumn.CONTACT_TITLE)))
                    .param("mobile", blank(row.get(ImportColumn.CONTACT_MOBILE).replace(" ", "")))
                    .param("office", blank(row.get(ImportColumn.CONTACT_OFFICE_PHONE)))
                    .param("email", blank(row.get(ImportColumn.CONTACT_EMAIL)))
                    .param("birthday", row.birthday).param("primary", primary && mainContact == null)
                    .param("consent", row.marketingConsent).query(Long.class).single();
            if (primary && mainContact == null) {
                mainContact = contactId;
            }
            contacts++;
        }
        if (mainContact != null) {
            jdbc.sql("update customer set main_contact_id = :contact where id = :id").param("contact", mainContact)
                    .param("id", id).update();
        }
        jdbc.sql("insert into customer_ownership(customer_id, owner_id, reason, changed_by) values (:id, :owner, :reason, :actor)")
                .param("id", id).param("owner", r.ownerId).param("reason", "import").param("actor", actor).update();
        values.put("contacts", contacts);
        audit.recordChange(AuditAction.IMPORT, "customer", id, code + " " + name, null, values);
        return contacts;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
