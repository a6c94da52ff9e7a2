package org.kehu.dictionary;

/** The enumerations kept in the data dictionary; each entry has a code, zh/en labels, an order and an enabled flag. */
public enum DictionaryType {
    CUSTOMER_NATURE, CUSTOMER_GROUP, CUSTOMER_GRADE, INDUSTRY, CUSTOMER_SOURCE, CUSTOMER_STATUS,
    INTERACTION_CHANNEL, POSITION, LEVEL, NATIONALITY
}
