package org.kehu.support.ticket;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kehu.catalog.ProductCatalog;
import org.kehu.customer.ContactDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.InputLimits;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.support.HandlingInput;
import org.kehu.support.TicketDetails;
import org.kehu.support.TicketInput;
import org.springframework.stereotype.Component;

/** Checks what a person entered on a ticket; every problem is reported at once, field by field. */
@Component
public class TicketChecks {

    /** How a ticket reached the service desk. */
    public static final java.util.List<String> CHANNELS = java.util.List.of("PHONE", "EMAIL", "WEB", "WECHAT", "VISIT", "PORTAL");

    /** How an after-sales service was given. */
    public static final java.util.List<String> SERVICE_TYPES = java.util.List.of("ON_SITE", "REMOTE", "RETURN", "PHONE");

    private final CustomerManagement customers;
    private final Dictionary dictionary;
    private final ProductCatalog catalog;
    private final UserDirectory users;

    TicketChecks(CustomerManagement customers, Dictionary dictionary, ProductCatalog catalog, UserDirectory users) {
        this.customers = customers;
        this.dictionary = dictionary;
        this.catalog = catalog;
        this.users = users;
    }

    public void check(TicketInput in) {
        check(in, true);
    }

    /**
     * The checks of a ticket a customer opens on the portal: the customer and contact are the signed-in contact's,
     * established by the portal's session rather than chosen (and the staff customer lookup, which applies a staff
     * member's scope, does not apply).
     */
    public void checkForCustomer(TicketInput in) {
        check(in, false);
    }

    private void check(TicketInput in, boolean customerChosen) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!customerChosen) {
            if (in.customerId() == null) {
                problems.put("customerId", "support.error.required");
            }
        } else if (in.customerId() == null) {
            problems.put("customerId", "support.error.required");
        } else {
            try {
                customers.get(in.customerId());
                if (in.contactId() != null && customers.contacts(in.customerId()).stream().map(ContactDetails::id)
                        .noneMatch(id -> Objects.equals(id, in.contactId()))) {
                    problems.put("contactId", "support.error.contact-unknown");
                }
            } catch (RecordNotFoundException e) {
                problems.put("customerId", "support.error.customer-unknown");
            }
        }
        if (!dictionary.isValid(DictionaryType.TICKET_TYPE, in.typeCode())) {
            problems.put("typeCode", "support.error.required");
        }
        if (!dictionary.isValid(DictionaryType.TICKET_PRIORITY, in.priorityCode())) {
            problems.put("priorityCode", "support.error.required");
        }
        if (in.channel() == null || !CHANNELS.contains(in.channel())) {
            problems.put("channel", "support.error.required");
        }
        if (blank(in.subject())) {
            problems.put("subject", "support.error.required");
        } else if (in.subject().strip().length() > 200) {
            problems.put("subject", "support.error.too-long");
        }
        if (in.orderNumber() != null && in.orderNumber().strip().length() > 40) {
            problems.put("orderNumber", "support.error.too-long");
        }
        length(problems, "content", in.content(), InputLimits.LONG_TEXT);
        length(problems, "judgement", in.judgement(), InputLimits.LONG_TEXT);
        length(problems, "handlingPlan", in.handlingPlan(), InputLimits.LONG_TEXT);
        if (in.productId() != null && catalog.find(in.productId()).isEmpty()) {
            problems.put("productId", "support.error.product-unknown");
        }
        if ("COMPLAINT".equals(in.typeCode())) {
            if (blank(in.content())) {
                problems.put("content", "support.error.complaint-content");
            }
            if (!dictionary.isValid(DictionaryType.COMPLAINT_CATEGORY, in.categoryCode())) {
                problems.put("categoryCode", "support.error.required");
            }
            if (!dictionary.isValid(DictionaryType.COMPLAINT_TARGET, in.targetCode())) {
                problems.put("targetCode", "support.error.required");
            }
            checkDepartment(in.departmentId(), problems);
        } else if ("SUGGESTION".equals(in.typeCode())) {
            if (blank(in.content())) {
                problems.put("content", "support.error.required");
            }
            if (!dictionary.isValid(DictionaryType.SUGGESTION_CATEGORY, in.categoryCode())) {
                problems.put("categoryCode", "support.error.required");
            }
            checkDepartment(in.departmentId(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public void check(HandlingInput in, TicketDetails ticket) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(in.note())) {
            problems.put("note", "support.error.required");
        }
        length(problems, "note", in.note(), InputLimits.LONG_TEXT);
        length(problems, "servicePerson", in.servicePerson(), 100);
        length(problems, "serviceContent", in.serviceContent(), InputLimits.LONG_TEXT);
        length(problems, "customerFeedback", in.customerFeedback(), 1000);
        if (ticket.afterSales()) {
            if (in.serviceType() != null && !in.serviceType().isBlank() && !SERVICE_TYPES.contains(in.serviceType())) {
                problems.put("serviceType", "support.error.required");
            }
            if (in.charges() != null && in.charges().signum() < 0) {
                problems.put("charges", "support.error.charges");
            } else if (!InputLimits.fitsNumeric(in.charges(), 12, 2)) {
                problems.put("charges", "input.error.too-large");
            }
            if (!in.parts().isEmpty()) {
                if (in.warehouseId() == null || catalog.warehouses().stream().noneMatch(w -> w.id() == in.warehouseId())) {
                    problems.put("warehouseId", "support.error.warehouse");
                }
                Set<Long> known = catalog.find(in.parts().stream().map(HandlingInput.PartLine::productId)
                        .filter(java.util.Objects::nonNull).toList()).keySet();
                for (HandlingInput.PartLine p : in.parts()) {
                    if (p.productId() == null || !known.contains(p.productId())) {
                        problems.put("parts", "support.error.product-unknown");
                    } else if (p.quantity() == null || p.quantity().compareTo(BigDecimal.ZERO) <= 0) {
                        problems.put("parts", "support.error.quantity");
                    } else if (!InputLimits.isWholeNumber(p.quantity())) {
                        problems.put("parts", "input.error.whole-number"); // spare parts are used in pieces
                    } else if (!InputLimits.fitsNumeric(p.quantity(), 14, 3)) {
                        problems.put("parts", "input.error.too-large");
                    }
                }
            }
        } else if (!in.parts().isEmpty()) {
            problems.put("parts", "support.error.parts-after-sales-only");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void checkDepartment(Long id, Map<String, String> problems) {
        if (id == null || users.department(id).isEmpty()) {
            problems.put("departmentId", "support.error.department");
        }
    }

    private static void length(Map<String, String> problems, String field, String value, int max) {
        if (!InputLimits.fitsLength(value == null ? null : value.strip(), max)) {
            problems.putIfAbsent(field, "support.error.too-long");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
