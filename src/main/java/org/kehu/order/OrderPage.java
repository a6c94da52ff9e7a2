package org.kehu.order;

import java.util.List;

/** One page of the order list; pass {@code next} as {@code after} for the following page (keyset). */
public record OrderPage(List<OrderRow> items, String next) {
}
