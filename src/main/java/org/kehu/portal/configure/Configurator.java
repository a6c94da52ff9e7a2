package org.kehu.portal.configure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.catalog.ConfigurableProduct;
import org.kehu.catalog.ProductCatalog;
import org.kehu.catalog.ProductInfo;
import org.kehu.catalog.PublicCatalog;
import org.kehu.order.OrderDetails;
import org.kehu.order.PortalOrders;
import org.kehu.portal.PortalUser;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the configurator pages do: price a choice, save it for the customer, order it. Every price is worked out again
 * here from the catalogue ({@link PriceRules}); what a browser sends is only which options, how many and a note.
 */
@Service
@Transactional
class Configurator {

    private final PublicCatalog catalog;
    private final ProductCatalog products;
    private final Configurations configurations;
    private final PortalOrders orders;
    private final JdbcClient jdbc;

    Configurator(PublicCatalog catalog, ProductCatalog products, Configurations configurations, PortalOrders orders,
            JdbcClient jdbc) {
        this.catalog = catalog;
        this.products = products;
        this.configurations = configurations;
        this.orders = orders;
        this.jdbc = jdbc;
    }

    /** The product on sale with option groups of this code; anything else is "not found". */
    @Transactional(readOnly = true)
    ConfigurableProduct product(String code) {
        return catalog.configurable(code).orElseThrow(() -> new RecordNotFoundException("Product", code));
    }

    /** The products a customer may configure, for "my configurations" to start from. */
    @Transactional(readOnly = true)
    List<org.kehu.catalog.PublicProduct> configurable() {
        return catalog.configurableOnSale();
    }

    /** The first picture of the product on the portal, if it has one. */
    @Transactional(readOnly = true)
    Optional<Long> picture(long productId) {
        return jdbc.sql("""
                select id from portal_file where owner_kind = 'PRODUCT' and owner_id = ? and content_type like 'image/%'
                 order by sort_order, id limit 1""").param(productId).query(Long.class).optional();
    }

    PriceRules.Result price(ConfigurableProduct product, PriceRules.Request request) {
        return PriceRules.price(product, request);
    }

    /**
     * Saves the choice as a new configuration of the user's company, or over one of theirs ({@code id} given, with
     * the {@code version} read); answers its id. Refused choices answer {@link InvalidInputException}.
     */
    long save(PortalUser user, ConfigurableProduct product, PriceRules.Request request, Long id, Long version,
            boolean shown) {
        PriceRules.Result result = checked(product, request);
        List<Long> optionIds = result.chosen().stream().map(c -> c.option().id()).toList();
        if (id == null) {
            return configurations.create(user.customerId(), user.contactId(), product.product().id(), optionIds,
                    result.quantity(), result.unitPrice(), result.note(), shown);
        }
        SavedConfiguration saved = mine(user, id);
        if (saved.productId() != product.product().id()) {
            throw new RecordNotFoundException("Configuration", id);
        }
        configurations.update(user.customerId(), id, version == null ? saved.version() : version, optionIds,
                result.quantity(), result.unitPrice(), result.note(), shown);
        return id;
    }

    /** Orders the choice: a pending order of the user's company at the price worked out now. */
    OrderDetails order(PortalUser user, ConfigurableProduct product, PriceRules.Request request) {
        PriceRules.Result result = checked(product, request);
        List<PortalOrders.LineOption> options = result.chosen().stream()
                .map(c -> new PortalOrders.LineOption(c.group().name(), c.option().name(), c.option().priceDelta()))
                .toList();
        return orders.place(user.customerId(), new PortalOrders.ConfiguredLine(product.product().id(), result.quantity(),
                result.unitPrice(), options), result.note());
    }

    @Transactional(readOnly = true)
    SavedConfiguration mine(PortalUser user, long id) {
        return configurations.find(user.customerId(), id).orElseThrow(() -> new RecordNotFoundException("Configuration", id));
    }

    void delete(PortalUser user, long id) {
        configurations.delete(user.customerId(), id);
    }

    @Transactional(readOnly = true)
    KeysetPage<SavedConfiguration> page(PortalUser user, String after) {
        return configurations.page(user.customerId(), after);
    }

    /** The products of these configurations, by id (code, name, whether still on sale). */
    @Transactional(readOnly = true)
    Map<Long, ProductInfo> productsOf(List<SavedConfiguration> list) {
        return products.find(list.stream().map(SavedConfiguration::productId).distinct().toList());
    }

    private static PriceRules.Result checked(ConfigurableProduct product, PriceRules.Request request) {
        PriceRules.Result result = PriceRules.price(product, request);
        if (!result.ok()) {
            throw new InvalidInputException(result.errors());
        }
        return result;
    }
}
