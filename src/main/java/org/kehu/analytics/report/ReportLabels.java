package org.kehu.analytics.report;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kehu.catalog.ProductManagement;
import org.kehu.customer.CustomerStatus;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The words reports show for codes: dictionary labels, province names, categories, statuses; "not set" for none. */
@Component
class ReportLabels {

    private final Dictionary dictionary;
    private final Messages messages;
    private final ProductManagement products;

    ReportLabels(Dictionary dictionary, Messages messages, ProductManagement products) {
        this.dictionary = dictionary;
        this.messages = messages;
        this.products = products;
    }

    String dictionary(DictionaryType type, String code) {
        return code == null ? unset() : dictionary.label(type, code);
    }

    String region(String code) {
        return code == null ? unset() : dictionary.regionName(code);
    }

    String status(String code) {
        if (code == null) {
            return unset();
        }
        try {
            return messages.text(CustomerStatus.valueOf(code).labelKey());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    /** Category names by id, in the reader's language. */
    Map<Long, String> categories() {
        var locale = LocaleContextHolder.getLocale();
        return products.categories().stream().collect(Collectors.toMap(c -> c.id(), c -> c.name(locale), (a, b) -> a));
    }

    /** The label of a category id, from names looked up once. */
    Function<Long, String> category(Map<Long, String> names) {
        return id -> id == null ? unset() : names.getOrDefault(id, String.valueOf(id));
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }

    String unset() {
        return messages.text("analytics.report.unset");
    }
}
