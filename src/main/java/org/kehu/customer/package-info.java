/**
 * Customer information: customers, contacts, interactions, ownership and its history, duplicates and
 * merge, import and export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer information")
package org.kehu.customer;
