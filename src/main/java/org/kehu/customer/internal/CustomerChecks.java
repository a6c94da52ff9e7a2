package org.kehu.customer.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.kehu.customer.ContactInput;
import org.kehu.customer.CustomerInput;
import org.kehu.customer.InteractionInput;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The rules of customer, contact and interaction input. Every problem is collected, so that the form
 * shows all of them at once; the messages are keys of the message bundles.
 */
@Component
public class CustomerChecks {


    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_\\-]{1,32}$");
    private static final Pattern WEBSITE = Pattern.compile("^(https?://)?[^\\s/$.?#][^\\s]*\\.[^\\s]+$");

    private final Dictionary dictionary;
    private final UserDirectory users;
    private final Validator validator;

    CustomerChecks(Dictionary dictionary, UserDirectory users, Validator validator) {
        this.dictionary = dictionary;
        this.users = users;
        this.validator = validator;
    }

    /**
     * Checks a customer; {@code ownerId} is the owner the customer will have. {@code current} holds the
     * stored values when editing (else empty): a code that was valid when saved and has since been
     * disabled in the dictionary may stay.
     */
    public void check(CustomerInput in, Long ownerId, boolean ownerChanges, Map<String, Object> current) {
        Errors e = new Errors();
        e.current = current;
        e.fieldRules(in);
        String name = Text.clean(in.getName());
        if (name == null) {
            e.add("name", "customer.error.required");
        }
        e.length("name", name, 200);
        e.length("website", in.getWebsite(), 200);
        if (Text.clean(in.getWebsite()) != null && !WEBSITE.matcher(in.getWebsite().strip()).matches()) {
            e.add("website", "customer.error.website");
        }
        e.length("address", in.getAddress(), 300);
        e.length("bank", in.getBank(), 100);
        e.length("bankAccount", in.getBankAccount(), 64);
        e.length("taxNumber", in.getTaxNumber(), 32);
        e.code("natureCode", DictionaryType.CUSTOMER_NATURE, in.getNatureCode());
        e.code("groupCode", DictionaryType.CUSTOMER_GROUP, in.getGroupCode());
        e.code("industryCode", DictionaryType.INDUSTRY, in.getIndustryCode());
        e.code("gradeCode", DictionaryType.CUSTOMER_GRADE, in.getGradeCode());
        e.code("sourceCode", DictionaryType.CUSTOMER_SOURCE, in.getSourceCode());
        String province = Text.clean(in.getProvinceCode());
        String city = Text.clean(in.getCityCode());
        boolean regionUnchanged = java.util.Objects.equals(province, current.get("provinceCode"))
                && java.util.Objects.equals(city, current.get("cityCode"));
        if (regionUnchanged) {
            // kept as stored, even if a region has since been disabled
        } else if (province != null && dictionary.region(province).filter(r -> r.level() == 1 && r.enabled()).isEmpty()) {
            e.add("provinceCode", "customer.error.unknown-code");
        } else if (city != null && (province == null || !dictionary.isCityOf(city, province))) {
            e.add("cityCode", "customer.error.city-not-in-province");
        }
        if (ownerChanges) {
            checkOwner(e, "ownerId", ownerId, true);
        }
        e.throwIfAny();
    }

    public void checkCode(String code, boolean taken) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw InvalidInputException.of("code", "customer.error.code-format");
        }
        if (taken) {
            throw InvalidInputException.of("code", "customer.error.code-taken");
        }
    }

    /** A new owner must hold customer.view; when set in a form, also be within the editor's own scope. */
    public void checkNewOwner(Long ownerId, boolean withinScope) {
        Errors e = new Errors();
        checkOwner(e, "ownerId", ownerId, withinScope);
        e.throwIfAny();
    }

    private void checkOwner(Errors e, String field, Long ownerId, boolean withinScope) {
        if (ownerId == null) {
            e.add(field, "customer.error.required");
            return;
        }
        boolean eligible = users.usersWith(Permission.CUSTOMER_VIEW).stream().anyMatch(u -> u.id() == ownerId);
        OwnerScope scope = users.ownerScope();
        if (!eligible || (withinScope && !scope.permits(ownerId))) {
            e.add(field, "customer.error.owner");
        }
    }

    public void check(ContactInput in) {
        Errors e = new Errors();
        e.fieldRules(in);
        if (Text.clean(in.getName()) == null) {
            e.add("name", "customer.error.required");
        }
        e.length("name", in.getName(), 100);
        e.length("department", in.getDepartment(), 100);
        e.length("title", in.getTitle(), 100);
        e.code("nationalityCode", DictionaryType.NATIONALITY, in.getNationalityCode());
        e.length("officeAddress", in.getOfficeAddress(), 300);
        e.length("homeAddress", in.getHomeAddress(), 300);
        e.length("hobbies", in.getHobbies(), 300);
        e.throwIfAny();
    }

    public void check(InteractionInput in, boolean contactBelongsToCustomer) {
        Errors e = new Errors();
        if (in.getOccurredAt() == null) {
            e.add("occurredAt", "customer.error.required");
        }
        if (Text.clean(in.getChannelCode()) == null) {
            e.add("channelCode", "customer.error.required");
        } else {
            e.code("channelCode", DictionaryType.INTERACTION_CHANNEL, in.getChannelCode());
        }
        if (Text.clean(in.getSummary()) == null) {
            e.add("summary", "customer.error.required");
        }
        e.length("summary", in.getSummary(), 300);
        e.length("place", in.getPlace(), 200);
        e.length("details", in.getDetails(), org.kehu.shared.InputLimits.LONG_TEXT);
        if (in.getContactId() != null && !contactBelongsToCustomer) {
            e.add("contactId", "customer.error.contact");
        }
        e.throwIfAny();
    }

    private final class Errors {
        private final Map<String, String> errors = new LinkedHashMap<>();
        private Map<String, Object> current = Map.of();

        void add(String field, String key) {
            errors.putIfAbsent(field, key);
        }

        void length(String field, String value, int max) {
            if (value != null && value.strip().length() > max) {
                add(field, "customer.error.too-long");
            }
        }

        /** The rules on the input's fields (phone numbers, e-mail), the same Bean Validation applies to forms. */
        void fieldRules(Object input) {
            for (ConstraintViolation<Object> v : validator.validate(input)) {
                String template = v.getMessageTemplate();
                boolean key = template.startsWith("{") && template.endsWith("}");
                add(v.getPropertyPath().toString(), key ? template.substring(1, template.length() - 1) : v.getMessage());
            }
        }

        void code(String field, DictionaryType type, String code) {
            if (Text.clean(code) != null && !code.strip().equals(current.get(field))
                    && !dictionary.isValid(type, code.strip())) {
                add(field, "customer.error.unknown-code");
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
