/**
 * Demo data: departments, users for every role, customers with contacts and interactions, loaded on
 * the first start of the embedded database (or with {@code kehu.demo-data=true}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.kehu.demo;
