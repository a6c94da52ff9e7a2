/**
 * Sales: opportunities from first contact to won or lost, development plans with their steps and results,
 * the pipeline by stage and the sales funnel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales")
package org.kehu.sales;
