package org.kehu.customer.internal.imports;

import java.util.Map;

import org.kehu.customer.internal.CustomerCodes;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the checked customers of an import from the staging table, as sets: the customers (their codes
 * from the numbering rule where the file gives none, pinyin initials computed when the rows were read),
 * their contacts, each customer's main contact, its first ownership entry and its audit entry, the same
 * records one customer at a time wrote before, in one transaction: all of them or, on failure, none.
 */
@Component
class ImportWriter {

    /** What was written. */
    record Written(int customers, int contacts) {
    }

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

    @Transactional
    public Written write(long jobId) {
        long actor = users.requireCurrentUser().id();
        // Customers name their main contact before the contacts exist; the reference is checked at commit.
        jdbc.sql("set constraints customer_main_contact_fk deferred").update();
        int customers = jdbc.sql("""
                insert into customer(id, code, code_edited, name, name_initials, phone, fax, website, province_code, city_code,
                    address, nature_code, group_code, industry_code, grade_code, source_code, tax_number, bank, bank_account,
                    owner_id, created_by, main_contact_id)
                overriding system value
                select customer_id, case when customer_code <> '' then customer_code else %s end, customer_code <> '',
                       customer_name, name_initials, nullif(phone, ''), nullif(fax, ''), nullif(website, ''), province_code,
                       city_code, nullif(address, ''), nature_code, group_code, industry_code, grade_code, source_code,
                       nullif(tax_number, ''), nullif(bank, ''), nullif(bank_account, ''), owner_id, :actor, main_contact_id
                  from (select s.*, case when s.customer_code = '' then %s end as number
                          from customer_import_row s where s.job_id = :job and s.customer_id is not null
                         order by s.row_number) x""".formatted(codes.codeSql("number"), codes.nextNumberSql()))
                .param("job", jobId).param("actor", actor).update();
        if (customers == 0) {
            return new Written(0, 0);
        }
        int contacts = jdbc.sql("""
                insert into contact(id, customer_id, name, department, title, mobile, office_phone, email, birthday,
                    is_primary, marketing_consent)
                overriding system value
                select r.contact_id, g.customer_id, r.contact_name, nullif(r.contact_department, ''), nullif(r.contact_title, ''),
                       nullif(replace(r.contact_mobile, ' ', ''), ''), nullif(r.contact_office_phone, ''),
                       nullif(r.contact_email, ''), r.birthday, coalesce(r.contact_id = g.main_contact_id, false),
                       r.marketing_consent
                  from customer_import_row r
                  join customer_import_row g on g.job_id = r.job_id and g.row_number = r.group_row
                 where r.job_id = :job and r.contact_id is not null
                 order by r.row_number""").param("job", jobId).update();
        // Consent brought by the import is part of each contact's consent history, as a form's would be.
        jdbc.sql("""
                insert into contact_consent_change(contact_id, changed_at, action, via, changed_by)
                select r.contact_id, now(), 'CONSENT_GIVEN', 'IMPORT', :actor from customer_import_row r
                 where r.job_id = :job and r.contact_id is not null and r.marketing_consent""")
                .param("job", jobId).param("actor", actor).update();
        jdbc.sql("""
                insert into customer_ownership(customer_id, owner_id, reason, changed_by)
                select customer_id, owner_id, 'import', :actor from customer_import_row
                 where job_id = :job and customer_id is not null order by row_number""")
                .param("job", jobId).param("actor", actor).update();
        // The audit entry of each customer holds what the one-by-one import recorded: its values and contact count.
        audit.recordChanges(AuditAction.IMPORT, "customer", """
                select c.id as entity_id, c.code || ' ' || c.name as summary,
                       jsonb_build_object('code', c.code, 'name', c.name, 'phone', c.phone, 'fax', c.fax, 'website', c.website,
                           'provinceCode', c.province_code, 'cityCode', c.city_code, 'address', c.address,
                           'natureCode', c.nature_code, 'groupCode', c.group_code, 'industryCode', c.industry_code,
                           'gradeCode', c.grade_code, 'sourceCode', c.source_code, 'taxNumber', c.tax_number, 'bank', c.bank,
                           'bankAccount', c.bank_account, 'ownerId', c.owner_id, 'contacts', s.contact_count) as new_value
                  from customer_import_row s join customer c on c.id = s.customer_id
                 where s.job_id = :job order by s.row_number""", Map.of("job", jobId));
        return new Written(customers, contacts);
    }
}
