package org.kehu.customer.web;

import java.util.List;
import java.util.Map;

import org.kehu.customer.internal.merge.CustomerMerger;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /customers/merge?source=..&target=..}: both customers side by side and a confirm button. */
@Controller
@RequestMapping("/customers/merge")
@PreAuthorize("hasAuthority('customer.edit')")
class CustomerMergeController {

    /** The rows of the comparison: label key and column. */
    record Field(String labelKey, String column, DictionaryType type) {
    }

    static final List<Field> FIELDS = List.of(new Field("customer.merge.field.code", "code", null),
            new Field("customer.merge.field.name", "name", null), new Field("customer.merge.field.phone", "phone", null),
            new Field("customer.merge.field.fax", "fax", null), new Field("customer.merge.field.website", "website", null),
            new Field("customer.merge.field.province", "province_code", null),
            new Field("customer.merge.field.city", "city_code", null),
            new Field("customer.merge.field.address", "address", null),
            new Field("customer.merge.field.nature", "nature_code", DictionaryType.CUSTOMER_NATURE),
            new Field("customer.merge.field.group", "group_code", DictionaryType.CUSTOMER_GROUP),
            new Field("customer.merge.field.industry", "industry_code", DictionaryType.INDUSTRY),
            new Field("customer.merge.field.grade", "grade_code", DictionaryType.CUSTOMER_GRADE),
            new Field("customer.merge.field.source", "source_code", DictionaryType.CUSTOMER_SOURCE),
            new Field("customer.merge.field.tax-number", "tax_number", null),
            new Field("customer.merge.field.bank", "bank", null),
            new Field("customer.merge.field.bank-account", "bank_account", null),
            new Field("customer.merge.field.owner", "owner_id", null),
            new Field("customer.merge.field.contacts", "contacts", null),
            new Field("customer.merge.field.interactions", "interactions", null));

    private final CustomerMerger merger;
    private final Dictionary dictionary;
    private final UserDirectory users;
    private final Messages messages;

    CustomerMergeController(CustomerMerger merger, Dictionary dictionary, UserDirectory users, Messages messages) {
        this.merger = merger;
        this.dictionary = dictionary;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String compare(@RequestParam(required = false) Long source, @RequestParam(required = false) String sourceCode,
            @RequestParam long target, Model model) {
        if (source == null) {
            source = merger.idOfCode(sourceCode);
        }
        Map<String, Object> s = merger.read(source);
        Map<String, Object> t = merger.read(target);
        model.addAttribute("source", s);
        model.addAttribute("target", t);
        model.addAttribute("fields", FIELDS);
        model.addAttribute("sourceText", texts(s));
        model.addAttribute("targetText", texts(t));
        model.addAttribute("same", source == target);
        return "customer/merge";
    }

    @PostMapping
    String merge(@RequestParam long source, @RequestParam long target, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        try {
            merger.merge(target, source, version);
        } catch (ConcurrentEditException | RuleViolationException e) {
            model.addAttribute("mergeError", e instanceof RuleViolationException r ? r.messageKey() : "customer.merge.error.stale");
            return compare(source, null, target, model);
        }
        redirect.addFlashAttribute("flash", messages.text("customer.merge.done"));
        return "redirect:/customers/" + target;
    }

    /** Each field as the page shows it: labels for dictionary codes, names for regions and the owner. */
    private Map<String, String> texts(Map<String, Object> customer) {
        Map<String, String> texts = new java.util.HashMap<>();
        for (Field f : FIELDS) {
            Object value = customer.get(f.column());
            String text = value == null ? "" : value.toString();
            if (value != null && f.type() != null) {
                text = dictionary.label(f.type(), text);
            } else if (value != null && f.column().endsWith("province_code") || value != null && f.column().equals("city_code")) {
                text = dictionary.regionName(text);
            } else if (value != null && f.column().equals("owner_id")) {
                text = users.names(List.of(((Number) value).longValue())).getOrDefault(((Number) value).longValue(), text);
            }
            texts.put(f.column(), text);
        }
        return texts;
    }
}
