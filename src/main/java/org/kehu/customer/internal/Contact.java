package org.kehu.customer.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.customer.ConsentAction;
import org.kehu.customer.ConsentState;
import org.kehu.customer.ConsentVia;
import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactInput;
import org.kehu.shared.EmailAddress;
import org.kehu.shared.PhoneNumber;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A contact person at a customer. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long customerId;
    private String name;
    private String department;
    private String title;
    private String nationalityCode;
    private String officeAddress;
    private String officePhone;
    private String mobile;
    private String email;
    private String homeAddress;
    private String homePhone;
    private LocalDate birthday;
    private String hobbies;
    @Column(name = "is_primary")
    private boolean primary;
    private boolean marketingConsent;
    private Instant optedOutAt;
    private String optOutVia;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Contact() {
    }

    public Contact(long customerId) {
        this.customerId = customerId;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public void apply(ContactInput in) {
        name = Text.clean(in.getName());
        department = Text.clean(in.getDepartment());
        title = Text.clean(in.getTitle());
        nationalityCode = Text.clean(in.getNationalityCode());
        officeAddress = Text.clean(in.getOfficeAddress());
        officePhone = PhoneNumber.normalise(in.getOfficePhone());
        mobile = PhoneNumber.normalise(in.getMobile());
        email = EmailAddress.normalise(in.getEmail());
        homeAddress = Text.clean(in.getHomeAddress());
        homePhone = PhoneNumber.normalise(in.getHomePhone());
        birthday = in.getBirthday();
        hobbies = Text.clean(in.getHobbies());
        // Consent is not set here: it changes only through ConsentRecorder, which keeps its history.
    }

    /**
     * Applies one consent change at {@code at}; answers whether anything changed. Only {@link ConsentRecorder}
     * calls it, so that every change is kept in the history.
     */
    boolean changeConsent(ConsentAction action, ConsentVia via, Instant at) {
        switch (action) {
            case CONSENT_GIVEN -> {
                if (marketingConsent) {
                    return false;
                }
                marketingConsent = true;
            }
            case CONSENT_WITHDRAWN -> {
                if (!marketingConsent) {
                    return false;
                }
                marketingConsent = false;
            }
            case OPTED_OUT -> {
                if (optedOutAt != null) {
                    return false;
                }
                optedOutAt = at;
                optOutVia = via.name();
                marketingConsent = false;
            }
            case OPT_OUT_WITHDRAWN -> {
                if (optedOutAt == null) {
                    return false;
                }
                optedOutAt = null;
                optOutVia = null;
            }
        }
        return true;
    }

    public ConsentState consentState() {
        return new ConsentState(id, customerId, marketingConsent, optedOutAt,
                optOutVia == null ? null : ConsentVia.valueOf(optOutVia));
    }

    public boolean isMarketingConsent() { return marketingConsent; }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customerId", customerId);
        m.put("name", name);
        m.put("department", department);
        m.put("title", title);
        m.put("nationalityCode", nationalityCode);
        m.put("officeAddress", officeAddress);
        m.put("officePhone", officePhone);
        m.put("mobile", mobile);
        m.put("email", email);
        m.put("homeAddress", homeAddress);
        m.put("homePhone", homePhone);
        m.put("birthday", birthday == null ? null : birthday.toString());
        m.put("hobbies", hobbies);
        m.put("primary", primary);
        m.put("marketingConsent", marketingConsent);
        return m;
    }

    public ContactDetails details() {
        return new ContactDetails(id, customerId, name, department, title, nationalityCode, officeAddress, officePhone,
                mobile, email, homeAddress, homePhone, birthday, hobbies, primary, marketingConsent, version);
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public String getName() { return name; }
    public boolean isPrimary() { return primary; }
    public long getVersion() { return version; }
}
