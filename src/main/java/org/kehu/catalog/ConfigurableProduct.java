package org.kehu.catalog;

import java.util.List;

/**
 * A product on sale that a customer configures on the portal (标准组件选配): what the public may see of it, the
 * parts it is built of, and the option groups the customer chooses from, each option with its price difference.
 */
public record ConfigurableProduct(PublicProduct product, List<ProductDetails.Component> components,
        List<ProductDetails.OptionGroup> optionGroups) {
}
