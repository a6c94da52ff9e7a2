package org.kehu.identity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The permissions a role can grant, one per module action. The authority string is
 * {@code module.action}, used in {@code hasAuthority(...)} checks and stored in {@code role_permission}.
 */
public enum Permission {
    CUSTOMER_VIEW, CUSTOMER_CREATE, CUSTOMER_EDIT, CUSTOMER_DELETE, CUSTOMER_ASSIGN, CUSTOMER_EXPORT, CUSTOMER_IMPORT,
    /** Recording an interaction (and its attachments) with a customer one may see: reading customers is not enough. */
    INTERACTION_RECORD,
    USER_VIEW, USER_CREATE, USER_EDIT, USER_DELETE,
    ROLE_VIEW, ROLE_EDIT,
    DEPARTMENT_EDIT,
    DICTIONARY_EDIT,
    AUDIT_VIEW,
    SETTING_EDIT,
    OPPORTUNITY_VIEW, OPPORTUNITY_CREATE, OPPORTUNITY_EDIT, OPPORTUNITY_ASSIGN, OPPORTUNITY_EXPORT,
    PRODUCT_VIEW, PRODUCT_EDIT, PRODUCT_EXPORT,
    INVENTORY_VIEW, INVENTORY_EDIT,
    ORDER_VIEW, ORDER_CREATE, ORDER_EDIT, ORDER_EXPORT,
    /** Importing order history (past sales, possibly creating customers and products): administrators and directors. */
    ORDER_IMPORT,
    TASK_VIEW, TASK_EDIT,
    TICKET_VIEW, TICKET_CREATE, TICKET_HANDLE, TICKET_ASSIGN, TICKET_APPROVE, TICKET_EXPORT,
    SLA_EDIT,
    SURVEY_VIEW, SURVEY_EDIT, SURVEY_SEND,
    MAIL_VIEW,
    /** Reports and dashboards, each within the reader's data scope. */
    REPORT_VIEW, REPORT_EXPORT,
    /** Monthly sales targets per person and department, set by directors. */
    TARGET_EDIT,
    /** Churn warnings: seeing them, and postponing or confirming them for one's customers. */
    CHURN_VIEW, CHURN_HANDLE,
    /** Credit and loyalty ratings: reading them, and grading a customer factor by factor. */
    RATING_VIEW, RATING_EDIT,
    /** The analytic models: AHP matrices, the lifetime value fit and its settings, the forecast settings. */
    MODEL_EDIT,
    /** Portal accounts of customers' contacts: inviting, disabling, enabling (account managers invite their own). */
    PORTAL_ACCOUNT_MANAGE,
    /** Knowledge articles: reading them (every staff role), and writing, publishing and linking them to tickets. */
    KNOWLEDGE_VIEW, KNOWLEDGE_EDIT,
    /** The portal's showcase: enterprises, concept products and product pictures shown to the public. */
    PORTAL_CONTENT_EDIT,
    /** Reviewing the designs customers upload on the portal: accept, reject with a reason, recommend. */
    PORTAL_DESIGN_REVIEW,
    /** The guestbook's moderation: hiding and deleting posts, answering as staff, turning a post into a ticket. */
    GUESTBOOK_MODERATE,
    /** Live Q&A: answering customers on the console, and reading the conversations' history. */
    CHAT_ANSWER,
    /** Customer care (客户关怀): reviewing, editing and sending the greetings of the customers in one's scope. */
    MARKETING_CARE,
    /** Marketing reach: what the marketing gate held back and why, the monthly cap, marketing mailings. */
    MARKETING_REACH;

    public String authority() {
        return module() + "." + action();
    }

    public String module() {
        return name().substring(0, name().indexOf('_')).toLowerCase();
    }

    /** The rest of the name, dotted: {@code PORTAL_CONTENT_EDIT} is {@code portal.content.edit}. */
    public String action() {
        return name().substring(name().indexOf('_') + 1).toLowerCase().replace('_', '.');
    }

    public static Permission ofAuthority(String authority) {
        return valueOf(authority.replace('.', '_').toUpperCase());
    }

    /** Permissions grouped by module, in declaration order, for the role editor. */
    public static Map<String, List<Permission>> byModule() {
        return Arrays.stream(values()).collect(Collectors.groupingBy(Permission::module, LinkedHashMap::new, Collectors.toList()));
    }
}
