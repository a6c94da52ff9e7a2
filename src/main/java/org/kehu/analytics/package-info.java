/**
 * Analytics and decision support: reports on read models kept by the order, ticket and customer events,
 * role dashboards, RFM, sales targets, customer lifetime value (BG/NBD, Gamma-Gamma) and sales forecasts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package org.kehu.analytics;
