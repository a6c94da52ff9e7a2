package org.kehu.portal.configure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.catalog.ConfigurableProduct;
import org.kehu.catalog.ProductDetails.Option;
import org.kehu.catalog.ProductDetails.OptionGroup;
import org.kehu.shared.InputLimits;

/**
 * The configurator's price, worked out on the server from the catalogue, never from what the browser says: the base
 * price plus the price difference of each chosen option, times the quantity. Every choice is checked first: an
 * option must be one of this product's, in the group it was chosen for, at most one per group, one in every required
 * group; the quantity a whole number from 1 to {@link #MAX_QUANTITY}; the note short and without control characters.
 * Problems are field name to message key: {@code option}, {@code group-<id>}, {@code quantity}, {@code note}.
 */
final class PriceRules {

    static final int MAX_QUANTITY = 999;
    static final int MAX_NOTE = 500;
    /** More choices than any product has groups: a request of thousands is refused before it is looked at. */
    static final int MAX_CHOICES = 50;

    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?[0-9]{1,9}");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("-?[0-9]+");

    /** One choice as sent: the group it was made in ({@code null} when not said) and the option id as text. */
    record Choice(Long groupId, String option) {
    }

    /** What the customer sent. */
    record Request(List<Choice> choices, String quantity, String note) {
    }

    /** A chosen option with its group. */
    record Chosen(OptionGroup group, Option option) {
    }

    /** Either the problems found or the price: unit price (base + Σ deltas) and total (× quantity). */
    record Result(Map<String, String> errors, List<Chosen> chosen, int quantity, BigDecimal unitPrice, BigDecimal total,
            String note) {

        public boolean ok() {
            return errors.isEmpty();
        }

        /** The chosen option of a group, if any, for the page to check its radio. */
        public Long chosenIn(long groupId) {
            return chosen.stream().filter(c -> c.group().id() == groupId).map(c -> c.option().id()).findFirst().orElse(null);
        }
    }

    private PriceRules() {
    }

    static Result price(ConfigurableProduct product, Request request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Long, OptionGroup> groupOfOption = new HashMap<>();
        Map<Long, Option> options = new HashMap<>();
        for (OptionGroup g : product.optionGroups()) {
            for (Option o : g.options()) {
                groupOfOption.put(o.id(), g);
                options.put(o.id(), o);
            }
        }
        Map<Long, Chosen> byGroup = new LinkedHashMap<>();
        List<Choice> choices = request.choices() == null ? List.of() : request.choices();
        if (choices.size() > MAX_CHOICES) {
            errors.put("option", "configure.error.too-many-choices");
            choices = List.of();
        }
        for (Choice choice : choices) {
            String value = choice.option() == null ? "" : choice.option().strip();
            if (value.isEmpty()) {
                continue; // "none" in an optional group; a required one is caught below
            }
            Long id = parseId(value);
            OptionGroup group = id == null ? null : groupOfOption.get(id);
            if (InputLimits.hasControlCharacter(value) || id == null || group == null) {
                errors.putIfAbsent(field(choice, product), "configure.error.option-unknown");
            } else if (choice.groupId() != null && choice.groupId() != group.id()) {
                errors.putIfAbsent(field(choice, product), "configure.error.option-other-group");
            } else if (byGroup.containsKey(group.id()) && byGroup.get(group.id()).option().id() != id) {
                errors.putIfAbsent("group-" + group.id(), "configure.error.option-twice");
            } else {
                byGroup.put(group.id(), new Chosen(group, options.get(id)));
            }
        }
        for (OptionGroup g : product.optionGroups()) {
            if (g.required() && !byGroup.containsKey(g.id()) && !errors.containsKey("group-" + g.id())) {
                errors.put("group-" + g.id(), "configure.error.option-required");
            }
        }
        int quantity = quantity(request.quantity(), errors);
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (InputLimits.hasControlCharacter(note)) {
            errors.put("note", "configure.error.control-character");
        } else if (!InputLimits.fitsLength(note, MAX_NOTE)) {
            errors.put("note", "configure.error.note-too-long");
        }
        List<Chosen> chosen = product.optionGroups().stream().map(g -> byGroup.get(g.id()))
                .filter(java.util.Objects::nonNull).toList();
        BigDecimal unit = product.product().price();
        for (Chosen c : chosen) {
            unit = unit.add(c.option().priceDelta());
        }
        unit = unit.setScale(2, RoundingMode.HALF_UP);
        if (unit.signum() < 0) {
            errors.putIfAbsent("option", "configure.error.price-negative");
        }
        BigDecimal total = quantity > 0 ? unit.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP) : null;
        if (total != null && !InputLimits.fitsNumeric(total, 14, 2)) {
            errors.putIfAbsent("quantity", "configure.error.amount-too-large");
        }
        return new Result(errors, new ArrayList<>(chosen), quantity, unit, total, note);
    }

    /** Where a refused choice's message goes: beside its group when it is one of this product's, else above them. */
    private static String field(Choice choice, ConfigurableProduct product) {
        return choice.groupId() != null && product.optionGroups().stream().anyMatch(g -> g.id() == choice.groupId())
                ? "group-" + choice.groupId() : "option";
    }

    private static int quantity(String text, Map<String, String> errors) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            errors.put("quantity", "configure.error.quantity-required");
            return 0;
        }
        if (!INTEGER.matcher(q).matches()) {
            errors.put("quantity", DIGITS.matcher(q).matches() ? "configure.error.quantity-range" : "configure.error.quantity-whole");
            return 0;
        }
        int n = Integer.parseInt(q);
        if (n < 1 || n > MAX_QUANTITY) {
            errors.put("quantity", "configure.error.quantity-range");
            return 0;
        }
        return n;
    }

    private static Long parseId(String value) {
        if (value.length() > 18 || value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(value);
    }
}
