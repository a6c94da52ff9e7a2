package org.kehu.order.internal.imports;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.jobs.ImportMode;

/**
 * The choices of an order history import: what to do with bad rows, whether to create the customers and the
 * products Kehu does not know, who owns the customers it creates (and the orders of customers without an
 * owner), and the category of the products it creates (null: one the import creates and names).
 */
public record OrderImportOptions(ImportMode mode, boolean createCustomers, boolean createProducts, long ownerId,
        Long categoryId) {

    /**
     * The options as the form or the API sends them (text, each may be missing); a bad one is a 400 naming
     * its field. An owner left out is {@code defaultOwner} (the importer).
     */
    public static OrderImportOptions parse(String mode, String createCustomers, String createProducts, String ownerId,
            String categoryId, long defaultOwner) {
        Map<String, String> errors = new LinkedHashMap<>();
        ImportMode m = ImportMode.parse(mode).orElse(null);
        if (m == null) {
            errors.put("mode", "order.import.error.mode");
        }
        Boolean customers = flag(createCustomers, "createCustomers", errors);
        Boolean products = flag(createProducts, "createProducts", errors);
        Long owner = id(ownerId, "ownerId", "order.import.error.owner", errors);
        Long category = id(categoryId, "categoryId", "order.import.error.category", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new OrderImportOptions(m, Boolean.TRUE.equals(customers), Boolean.TRUE.equals(products),
                owner == null ? defaultOwner : owner, category);
    }

    /** The options as the job keeps them (at most 64 characters). */
    String encode() {
        return "%s c%d p%d o%d k%s".formatted(mode, createCustomers ? 1 : 0, createProducts ? 1 : 0, ownerId,
                categoryId == null ? "-" : categoryId.toString());
    }

    static OrderImportOptions decode(String text) {
        String[] p = text.split(" ");
        return new OrderImportOptions(ImportMode.valueOf(p[0]), "c1".equals(p[1]), "p1".equals(p[2]),
                Long.parseLong(p[3].substring(1)), "k-".equals(p[4]) ? null : Long.valueOf(p[4].substring(1)));
    }

    private static Boolean flag(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> {
                errors.put(field, "order.import.error.flag");
                yield null;
            }
        };
    }

    private static Long id(String value, String field, String key, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, key);
        return null;
    }
}
