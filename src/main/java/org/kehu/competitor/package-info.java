/**
 * Competitors (竞争对手分析): competitor files, their products set against ours with a price comparison, the
 * competitors each opportunity faces and the one it was lost to with a win/loss report per competitor, and the
 * competitor a "competitor's customer" buys from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competitors")
package org.kehu.competitor;
