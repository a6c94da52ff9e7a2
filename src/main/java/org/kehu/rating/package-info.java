/**
 * Credit and loyalty ratings (客户评级) by the analytic hierarchy process: models with their pairwise
 * matrices and consistency check, and each customer's graded ratings with their history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ratings")
package org.kehu.rating;
