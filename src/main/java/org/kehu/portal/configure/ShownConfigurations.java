package org.kehu.portal.configure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.catalog.ConfigurableProduct;
import org.kehu.catalog.ProductCatalog;
import org.kehu.catalog.ProductDetails;
import org.kehu.catalog.ProductInfo;
import org.kehu.catalog.PublicCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configurations customers chose to show on the public site (自选产品信息): the product and the options chosen,
 * never who chose them. A configuration of a product no longer on sale is left out.
 */
@Service
@Transactional(readOnly = true)
public class ShownConfigurations {

    /** One shown configuration: the product, each chosen option as "group: option", the quantity and unit price. */
    public record Shown(long id, String productCode, String productName, List<String> options, BigDecimal unitPrice) {
    }

    private final Configurations configurations;
    private final ProductCatalog products;
    private final PublicCatalog catalog;

    ShownConfigurations(Configurations configurations, ProductCatalog products, PublicCatalog catalog) {
        this.configurations = configurations;
        this.products = products;
        this.catalog = catalog;
    }

    /** The newest {@code limit} shown configurations. */
    public List<Shown> newest(int limit) {
        List<SavedConfiguration> list = configurations.shown(limit);
        Map<Long, ProductInfo> byId = products.find(list.stream().map(SavedConfiguration::productId).distinct().toList());
        Map<Long, Optional<ConfigurableProduct>> configurable = new HashMap<>();
        List<Shown> shown = new ArrayList<>();
        for (SavedConfiguration c : list) {
            ProductInfo info = byId.get(c.productId());
            if (info == null || !info.onSale()) {
                continue;
            }
            Optional<ConfigurableProduct> product = configurable.computeIfAbsent(c.productId(), k -> catalog.configurable(info.code()));
            if (product.isEmpty()) {
                continue;
            }
            List<String> options = new ArrayList<>();
            for (ProductDetails.OptionGroup g : product.get().optionGroups()) {
                g.options().stream().filter(o -> c.optionIds().contains(o.id())).findFirst()
                        .ifPresent(o -> options.add(g.name() + ": " + o.name()));
            }
            shown.add(new Shown(c.id(), info.code(), info.name(), options, c.unitPrice()));
        }
        return shown;
    }
}
