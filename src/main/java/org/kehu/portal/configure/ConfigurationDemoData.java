package org.kehu.portal.configure;

import java.math.BigDecimal;
import java.util.List;

import org.kehu.catalog.ConfigurableProduct;
import org.kehu.catalog.ProductManagement;
import org.kehu.catalog.PublicCatalog;
import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The configurator's demo: every product with option groups gets a components list where it has none (added by
 * {@code admin} through the catalogue's own service, as on the product page), and {@code buyer} has two saved
 * configurations, the first of them shown on the public site.
 */
@Component
class ConfigurationDemoData implements DemoData {

    /** Parts of the products with options that the catalogue's demo gave none: product code, part, quantity. */
    private static final List<String[]> PARTS = List.of(
            new String[] {"P-0011", "泵体", "1"}, new String[] {"P-0011", "叶轮", "1"}, new String[] {"P-0011", "机械密封", "1"},
            new String[] {"P-0022", "定子", "1"}, new String[] {"P-0022", "转子", "1"}, new String[] {"P-0022", "接线盒", "1"},
            new String[] {"P-0031", "压力传感器芯体", "1"}, new String[] {"P-0031", "变送电路板", "1"});

    private final PublicCatalog catalog;
    private final ProductManagement products;
    private final Configurations configurations;
    private final UserDetailsService accounts;
    private final JdbcClient jdbc;

    ConfigurationDemoData(PublicCatalog catalog, ProductManagement products, Configurations configurations,
            UserDetailsService accounts, JdbcClient jdbc) {
        this.catalog = catalog;
        this.products = products;
        this.configurations = configurations;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.PORTAL_CONFIGURATIONS;
    }

    @Override
    public void load() {
        var previous = SecurityContextHolder.getContext();
        try {
            UserDetails admin = accounts.loadUserByUsername("admin");
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            SecurityContextHolder.setContext(context);
            for (String code : PARTS.stream().map(p -> p[0]).distinct().toList()) {
                catalog.configurable(code).filter(p -> p.components().isEmpty()).ifPresent(p -> PARTS.stream()
                        .filter(part -> part[0].equals(code))
                        .forEach(part -> products.addComponent(p.product().id(), null, part[1], new BigDecimal(part[2]))));
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        record Buyer(long customerId, long contactId) {
        }
        Buyer buyer = jdbc.sql("select customer_id, contact_id from portal_account where login = 'buyer'")
                .query(Buyer.class).optional().orElse(null);
        if (buyer == null) {
            return;
        }
        save(buyer.customerId(), buyer.contactId(), "P-0001", 1, 2, "需要配套刀具一套", true);
        save(buyer.customerId(), buyer.contactId(), "P-0011", 0, 3, null, false);
    }

    /** Saves a configuration choosing option {@code pick} (or the first where there are fewer) in every group. */
    private void save(long customerId, long contactId, String code, int pick, int quantity, String note, boolean shown) {
        ConfigurableProduct product = catalog.configurable(code).orElse(null);
        if (product == null) {
            return;
        }
        List<PriceRules.Choice> choices = product.optionGroups().stream().filter(g -> !g.options().isEmpty())
                .map(g -> new PriceRules.Choice(g.id(), String.valueOf(g.options().get(Math.min(pick, g.options().size() - 1)).id())))
                .toList();
        PriceRules.Result result = PriceRules.price(product, new PriceRules.Request(choices, String.valueOf(quantity), note));
        if (!result.ok()) {
            return;
        }
        configurations.create(customerId, contactId, product.product().id(),
                result.chosen().stream().map(c -> c.option().id()).toList(), result.quantity(), result.unitPrice(),
                result.note(), shown);
    }
}
