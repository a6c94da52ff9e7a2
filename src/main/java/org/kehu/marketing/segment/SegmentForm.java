package org.kehu.marketing.segment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.shared.InvalidInputException;

/**
 * The segment editor's form: the lists as the multiple selects send them, the numbers as the text typed, so that a bad
 * number is a message beside its field rather than a failed binding.
 */
public class SegmentForm {

    private String name;
    private String description;
    private Long version;
    private List<String> provinces = new ArrayList<>();
    private List<String> natures = new ArrayList<>();
    private List<String> groups = new ArrayList<>();
    private List<String> industries = new ArrayList<>();
    private List<String> grades = new ArrayList<>();
    private List<String> sources = new ArrayList<>();
    private List<String> statuses = new ArrayList<>();
    private List<Long> owners = new ArrayList<>();
    private List<String> credit = new ArrayList<>();
    private List<String> loyalty = new ArrayList<>();
    private List<String> rfm = new ArrayList<>();
    private List<Long> categories = new ArrayList<>();
    private String clvMin;
    private String clvMax;
    private String pAliveMin;
    private String pAliveMax;
    private String noOrderForDays;
    private String orderedWithinDays;
    private String contactHasEmail;
    private String contactHasMobile;
    private String contactBirthdayMonth;
    private String contactTitle;
    private String contactConsent;

    static SegmentForm of(SegmentDetails s) {
        SegmentForm f = new SegmentForm();
        f.name = s.name();
        f.description = s.description();
        f.version = s.version();
        SegmentCriteria c = s.criteria();
        f.provinces = new ArrayList<>(c.provinces());
        f.natures = new ArrayList<>(c.natures());
        f.groups = new ArrayList<>(c.groups());
        f.industries = new ArrayList<>(c.industries());
        f.grades = new ArrayList<>(c.grades());
        f.sources = new ArrayList<>(c.sources());
        f.statuses = new ArrayList<>(c.statuses());
        f.owners = new ArrayList<>(c.owners());
        f.credit = new ArrayList<>(c.credit());
        f.loyalty = new ArrayList<>(c.loyalty());
        f.rfm = new ArrayList<>(c.rfm());
        f.categories = new ArrayList<>(c.categories());
        f.clvMin = text(c.clvMin());
        f.clvMax = text(c.clvMax());
        f.pAliveMin = text(c.pAliveMin());
        f.pAliveMax = text(c.pAliveMax());
        f.noOrderForDays = text(c.noOrderForDays());
        f.orderedWithinDays = text(c.orderedWithinDays());
        f.contactHasEmail = text(c.contactHasEmail());
        f.contactHasMobile = text(c.contactHasMobile());
        f.contactBirthdayMonth = text(c.contactBirthdayMonth());
        f.contactTitle = c.contactTitle();
        f.contactConsent = text(c.contactConsent());
        return f;
    }

    /** The filter; a number or yes/no that does not parse is refused naming its field. */
    SegmentCriteria toCriteria() {
        Map<String, String> errors = new LinkedHashMap<>();
        SegmentCriteria c = new SegmentCriteria(provinces, null, natures, groups, industries, grades, sources, statuses,
                owners, credit, loyalty, rfm, decimal(errors, "clvMin", clvMin), decimal(errors, "clvMax", clvMax),
                decimal(errors, "pAliveMin", pAliveMin), decimal(errors, "pAliveMax", pAliveMax),
                whole(errors, "noOrderForDays", noOrderForDays), whole(errors, "orderedWithinDays", orderedWithinDays),
                categories, yesNo(errors, "contactHasEmail", contactHasEmail),
                yesNo(errors, "contactHasMobile", contactHasMobile),
                whole(errors, "contactBirthdayMonth", contactBirthdayMonth), contactTitle,
                yesNo(errors, "contactConsent", contactConsent));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return c;
    }

    SegmentInput toInput() {
        return new SegmentInput(name, description, toCriteria(), version);
    }

    private static BigDecimal decimal(Map<String, String> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String t = text.strip().replace(",", "");
            if (t.length() > 30) {
                throw new NumberFormatException(t);
            }
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.put(field, "marketing.segment.error.number");
            return null;
        }
    }

    private static Integer whole(Map<String, String> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "marketing.segment.error.number");
            return null;
        }
    }

    private static Boolean yesNo(Map<String, String> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.put(field, "marketing.segment.error.unknown-code");
                yield null;
            }
        };
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<String> getProvinces() { return provinces; }
    public void setProvinces(List<String> provinces) { this.provinces = provinces; }
    public List<String> getNatures() { return natures; }
    public void setNatures(List<String> natures) { this.natures = natures; }
    public List<String> getGroups() { return groups; }
    public void setGroups(List<String> groups) { this.groups = groups; }
    public List<String> getIndustries() { return industries; }
    public void setIndustries(List<String> industries) { this.industries = industries; }
    public List<String> getGrades() { return grades; }
    public void setGrades(List<String> grades) { this.grades = grades; }
    public List<String> getSources() { return sources; }
    public void setSources(List<String> sources) { this.sources = sources; }
    public List<String> getStatuses() { return statuses; }
    public void setStatuses(List<String> statuses) { this.statuses = statuses; }
    public List<Long> getOwners() { return owners; }
    public void setOwners(List<Long> owners) { this.owners = owners; }
    public List<String> getCredit() { return credit; }
    public void setCredit(List<String> credit) { this.credit = credit; }
    public List<String> getLoyalty() { return loyalty; }
    public void setLoyalty(List<String> loyalty) { this.loyalty = loyalty; }
    public List<String> getRfm() { return rfm; }
    public void setRfm(List<String> rfm) { this.rfm = rfm; }
    public List<Long> getCategories() { return categories; }
    public void setCategories(List<Long> categories) { this.categories = categories; }
    public String getClvMin() { return clvMin; }
    public void setClvMin(String clvMin) { this.clvMin = clvMin; }
    public String getClvMax() { return clvMax; }
    public void setClvMax(String clvMax) { this.clvMax = clvMax; }
    public String getpAliveMin() { return pAliveMin; }
    public void setpAliveMin(String pAliveMin) { this.pAliveMin = pAliveMin; }
    public String getpAliveMax() { return pAliveMax; }
    public void setpAliveMax(String pAliveMax) { this.pAliveMax = pAliveMax; }
    public String getNoOrderForDays() { return noOrderForDays; }
    public void setNoOrderForDays(String noOrderForDays) { this.noOrderForDays = noOrderForDays; }
    public String getOrderedWithinDays() { return orderedWithinDays; }
    public void setOrderedWithinDays(String orderedWithinDays) { this.orderedWithinDays = orderedWithinDays; }
    public String getContactHasEmail() { return contactHasEmail; }
    public void setContactHasEmail(String contactHasEmail) { this.contactHasEmail = contactHasEmail; }
    public String getContactHasMobile() { return contactHasMobile; }
    public void setContactHasMobile(String contactHasMobile) { this.contactHasMobile = contactHasMobile; }
    public String getContactBirthdayMonth() { return contactBirthdayMonth; }
    public void setContactBirthdayMonth(String contactBirthdayMonth) { this.contactBirthdayMonth = contactBirthdayMonth; }
    public String getContactTitle() { return contactTitle; }
    public void setContactTitle(String contactTitle) { this.contactTitle = contactTitle; }
    public String getContactConsent() { return contactConsent; }
    public void setContactConsent(String contactConsent) { this.contactConsent = contactConsent; }
}
