/**
 * Demo data: loads every module's own share ({@link org.kehu.shared.DemoData}) on the first start of the
 * embedded database (or with {@code kehu.demo-data=true}), and the fake enterprises those shares draw on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.kehu.demo;
