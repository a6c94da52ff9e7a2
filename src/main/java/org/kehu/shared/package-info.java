/**
 * The shared kernel every module may use: the embedded database, error handling, web layout support,
 * paging and export writers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.kehu.shared;
