package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One actual cost of a campaign: when, what for, how much. */
record CostEntry(long id, LocalDate spentOn, String item, BigDecimal amount, String recordedByName) {
}
