/**
 * Orders: lines, totals, the order flow from pending to completed, stock reserved and shipped through the
 * inventory, tracking events and contracts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package org.kehu.order;
