/**
 * Churn (客户流失管理): warnings for customers without an order for a set period, the owner's postponement
 * or confirmation, and the customer's status following them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Churn")
package org.kehu.churn;
