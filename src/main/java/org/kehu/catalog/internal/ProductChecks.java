package org.kehu.catalog.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.kehu.catalog.ProductInput;
import org.kehu.catalog.ProductStatus;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** The rules of a product's fields; every problem at once, field name to message key. */
@Component
public class ProductChecks {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    /** numeric(14, 2) and numeric(14, 3): what the columns hold. */
    private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("99999999999.999");

    private final Dictionary dictionary;
    private final ProductRepository products;
    private final ProductCategoryRepository categories;

    ProductChecks(Dictionary dictionary, ProductRepository products, ProductCategoryRepository categories) {
        this.dictionary = dictionary;
        this.products = products;
        this.categories = categories;
    }

    /** Strips the texts of {@code in} and throws when a field breaks a rule; {@code id} is null for a new product. */
    public void check(ProductInput in, Long id) {
        in.setCode(strip(in.getCode()));
        in.setName(strip(in.getName()));
        in.setModel(strip(in.getModel()));
        in.setSpecification(strip(in.getSpecification()));
        in.setDescription(strip(in.getDescription()));
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.getCode() == null) {
            errors.put("code", "catalog.error.required");
        } else if (!CODE.matcher(in.getCode()).matches()) {
            errors.put("code", "catalog.error.code-format");
        } else if (id == null ? products.existsByCodeIgnoreCase(in.getCode())
                : products.existsByCodeIgnoreCaseAndIdNot(in.getCode(), id)) {
            errors.put("code", "catalog.error.code-taken");
        }
        text(errors, "name", in.getName(), 200, true);
        text(errors, "model", in.getModel(), 100, false);
        text(errors, "specification", in.getSpecification(), 500, false);
        text(errors, "description", in.getDescription(), 4000, false);
        if (in.getCategoryId() == null) {
            errors.put("categoryId", "catalog.error.required");
        } else if (!categories.existsById(in.getCategoryId())) {
            errors.put("categoryId", "catalog.error.unknown-choice");
        }
        if (in.getUnitCode() == null || in.getUnitCode().isBlank()) {
            errors.put("unitCode", "catalog.error.required");
        } else if (!dictionary.isValid(DictionaryType.PRODUCT_UNIT, in.getUnitCode())) {
            errors.put("unitCode", "catalog.error.unknown-choice");
        }
        if (in.getPrice() == null) {
            errors.put("price", "catalog.error.required");
        } else if (in.getPrice().signum() < 0) {
            errors.put("price", "catalog.error.price-negative");
        } else if (in.getPrice().stripTrailingZeros().scale() > 2 || in.getPrice().compareTo(MAX_PRICE) > 0) {
            errors.put("price", "catalog.error.price-format");
        }
        if (in.getLowStockThreshold() == null) {
            in.setLowStockThreshold(BigDecimal.ZERO);
        } else if (in.getLowStockThreshold().signum() < 0) {
            errors.put("lowStockThreshold", "catalog.error.threshold-negative");
        } else if (in.getLowStockThreshold().stripTrailingZeros().scale() > 3
                || in.getLowStockThreshold().compareTo(MAX_QUANTITY) > 0) {
            errors.put("lowStockThreshold", "catalog.error.quantity-format");
        }
        if (in.getStatus() == null || in.getStatus().isBlank()) {
            in.setStatus(ProductStatus.ON_SALE.name());
        } else if (!in.getStatus().equals(ProductStatus.ON_SALE.name())
                && !in.getStatus().equals(ProductStatus.DISCONTINUED.name())) {
            errors.put("status", "catalog.error.unknown-choice");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A quantity of a component or a stock movement: more than zero, at most three decimals. */
    public static void positiveQuantity(Map<String, String> errors, String field, BigDecimal quantity) {
        if (quantity == null) {
            errors.put(field, "catalog.error.required");
        } else if (quantity.signum() <= 0) {
            errors.put(field, "inventory.error.quantity-positive");
        } else if (quantity.stripTrailingZeros().scale() > 3 || quantity.compareTo(MAX_QUANTITY) > 0) {
            errors.put(field, "catalog.error.quantity-format");
        }
    }

    /** A signed price difference of an option, at most two decimals. */
    public static void priceDelta(Map<String, String> errors, String field, BigDecimal delta) {
        if (delta == null) {
            errors.put(field, "catalog.error.required");
        } else if (delta.stripTrailingZeros().scale() > 2 || delta.abs().compareTo(MAX_PRICE) > 0) {
            errors.put(field, "catalog.error.price-format");
        }
    }

    public static void text(Map<String, String> errors, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                errors.put(field, "catalog.error.required");
            }
        } else if (value.length() > max) {
            errors.put(field, "catalog.error.too-long");
        }
    }

    public static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
