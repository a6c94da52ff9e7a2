package org.kehu.catalog;

import java.util.List;

/** One page of the product list; {@code next} and {@code previous} are the cursors of the neighbouring pages. */
public record ProductPage(List<ProductRow> items, String next, String previous) {
}
