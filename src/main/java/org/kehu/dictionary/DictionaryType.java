package org.kehu.dictionary;

/** The enumerations kept in the data dictionary; each entry has a code, zh/en labels, an order and an enabled flag. */
public enum DictionaryType {
    CUSTOMER_NATURE, CUSTOMER_GROUP, CUSTOMER_GRADE, INDUSTRY, CUSTOMER_SOURCE,
    INTERACTION_CHANNEL, POSITION, LEVEL, NATIONALITY,
    /** Sales: where an opportunity came from; its stages ({@code extra} = default success probability in %); why one was lost. */
    OPPORTUNITY_SOURCE, OPPORTUNITY_STAGE, LOST_REASON,
    /** Catalogue: units of measure. */
    PRODUCT_UNIT,
    /** Service: ticket types (consultation, warranty, repair, installation, complaint, suggestion), priorities, categories. */
    TICKET_TYPE, TICKET_PRIORITY, COMPLAINT_CATEGORY, COMPLAINT_TARGET, SUGGESTION_CATEGORY,
    /** Churn: why a customer was confirmed lost. */
    CHURN_REASON
}
