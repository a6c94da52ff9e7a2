package org.kehu.customer.web;

import org.kehu.customer.internal.CodeLabels;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the customer pages share: the options of the selects and the labels. */
@Component
class PageSupport {

    private final Dictionary dictionary;
    private final UserDirectory users;

    PageSupport(Dictionary dictionary, UserDirectory users) {
        this.dictionary = dictionary;
        this.users = users;
    }

    void labels(Model model) {
        model.addAttribute("labels", new CodeLabels(dictionary, LocaleContextHolder.getLocale()));
    }

    /** The options of the customer selects; {@code province} picks the cities offered. */
    void customerOptions(Model model, String province, boolean allEntries) {
        labels(model);
        model.addAttribute("natures", options(DictionaryType.CUSTOMER_NATURE, allEntries));
        model.addAttribute("groups", options(DictionaryType.CUSTOMER_GROUP, allEntries));
        model.addAttribute("industries", options(DictionaryType.INDUSTRY, allEntries));
        model.addAttribute("grades", options(DictionaryType.CUSTOMER_GRADE, allEntries));
        model.addAttribute("sources", options(DictionaryType.CUSTOMER_SOURCE, allEntries));
        model.addAttribute("statuses", org.kehu.customer.CustomerStatus.values());
        model.addAttribute("provinces", dictionary.provinces());
        model.addAttribute("cities", province == null || province.isBlank() ? java.util.List.of() : dictionary.cities(province));
        model.addAttribute("owners", users.assignableOwners(Permission.CUSTOMER_VIEW));
    }

    Object options(DictionaryType type, boolean allEntries) {
        return allEntries ? dictionary.entries(type) : dictionary.enabledEntries(type);
    }

    Dictionary dictionary() {
        return dictionary;
    }

    UserDirectory users() {
        return users;
    }
}
