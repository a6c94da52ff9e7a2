package org.kehu.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A product with its components and option groups, as the product page, the API and the portal's configurator
 * read it. {@code categoryName} is in the reader's language.
 */
public record ProductDetails(long id, String code, String name, long categoryId, String categoryName, String model,
        String specification, String unitCode, BigDecimal price, ProductStatus status, BigDecimal lowStockThreshold,
        String description, Instant createdAt, Instant updatedAt, long version, List<Component> components,
        List<OptionGroup> optionGroups) {

    /** A part of the product: another catalogue product ({@code partProductId}) or a named part. */
    public record Component(long id, Long partProductId, String partCode, String partName, BigDecimal quantity) {
    }

    /** A choice the buyer makes (the CNC system, the chuck), with its options. */
    public record OptionGroup(long id, String name, boolean required, List<Option> options) {
    }

    /** One option and how much it adds to (or takes off) the product's price. */
    public record Option(long id, String name, BigDecimal priceDelta) {
    }
}
