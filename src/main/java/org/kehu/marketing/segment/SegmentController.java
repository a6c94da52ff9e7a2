package org.kehu.marketing.segment;

import java.util.List;

import org.kehu.analytics.CustomerRfmSegments;
import org.kehu.catalog.ProductManagement;
import org.kehu.customer.CustomerStatus;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.rating.RatingKind;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.FormErrors;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The segment pages: the list, the editor whose count and preview follow the filter as it is edited (htmx), and a
 * segment with its count and members, all in the reader's data scope.
 */
@Controller
@PreAuthorize("hasAuthority('marketing.segment.view')")
class SegmentController {

    private final Segments segments;
    private final UserDirectory users;
    private final Dictionary dictionary;
    private final ProductManagement products;
    private final CustomerRfmSegments rfm;
    private final Messages messages;

    SegmentController(Segments segments, UserDirectory users, Dictionary dictionary, ProductManagement products,
            CustomerRfmSegments rfm, Messages messages) {
        this.segments = segments;
        this.users = users;
        this.dictionary = dictionary;
        this.products = products;
        this.rfm = rfm;
        this.messages = messages;
    }

    @GetMapping("/marketing/segments")
    String list(@RequestParam(required = false) String after, Model model) {
        model.addAttribute("page", segments.list(after, 50));
        return "marketing/segments/list";
    }

    @GetMapping("/marketing/segments/{id:\\d+}")
    String show(@PathVariable long id, @RequestParam(required = false) String after, Model model) {
        SegmentDetails s = segments.get(id);
        model.addAttribute("s", s);
        model.addAttribute("count", segments.count(s.criteria(), users.ownerScope()));
        model.addAttribute("members", segments.members(id, users.ownerScope(), after, 20));
        return "marketing/segments/show";
    }

    @GetMapping("/marketing/segments/new")
    @PreAuthorize("hasAuthority('marketing.segment.edit')")
    String newForm(Model model) {
        return form(model, new SegmentForm(), null);
    }

    @GetMapping("/marketing/segments/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('marketing.segment.edit')")
    String editForm(@PathVariable long id, Model model) {
        return form(model, SegmentForm.of(segments.get(id)), id);
    }

    /** The live count and preview of the filter being edited (the form's fields, as the editor sends them). */
    @GetMapping("/marketing/segments/preview")
    String preview(@ModelAttribute("segment") SegmentForm form, Model model) {
        try {
            SegmentCriteria criteria = form.toCriteria();
            model.addAttribute("count", segments.count(criteria, users.ownerScope()));
            model.addAttribute("preview", segments.preview(criteria, users.ownerScope()));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", messages.texts(e.fieldErrors()).values());
        }
        return "marketing/segments/fragments :: preview";
    }

    @PostMapping("/marketing/segments")
    @PreAuthorize("hasAuthority('marketing.segment.edit')")
    String create(@ModelAttribute("segment") SegmentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            SegmentDetails s = segments.create(form.toInput());
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/marketing/segments/" + s.id();
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, null);
        }
    }

    @PostMapping("/marketing/segments/{id:\\d+}")
    @PreAuthorize("hasAuthority('marketing.segment.edit')")
    String update(@PathVariable long id, @ModelAttribute("segment") SegmentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            segments.update(id, form.toInput());
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/marketing/segments/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, id);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", segments.get(id));
            return form(model, form, id);
        }
    }

    @PostMapping("/marketing/segments/{id:\\d+}/delete")
    @PreAuthorize("hasAuthority('marketing.segment.edit')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            segments.delete(id, version);
            redirect.addFlashAttribute("flash", messages.text("marketing.segment.deleted"));
            return "redirect:/marketing/segments";
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("flash", messages.text("marketing.segment.conflict"));
            return "redirect:/marketing/segments/" + id;
        }
    }

    private String form(Model model, SegmentForm form, Long id) {
        model.addAttribute("segment", form);
        model.addAttribute("segmentId", id);
        options(model);
        return "marketing/segments/form";
    }

    private void options(Model model) {
        model.addAttribute("provinces", dictionary.provinces());
        model.addAttribute("natures", dictionary.enabledEntries(DictionaryType.CUSTOMER_NATURE));
        model.addAttribute("groups", dictionary.enabledEntries(DictionaryType.CUSTOMER_GROUP));
        model.addAttribute("industries", dictionary.enabledEntries(DictionaryType.INDUSTRY));
        model.addAttribute("grades", dictionary.enabledEntries(DictionaryType.CUSTOMER_GRADE));
        model.addAttribute("sources", dictionary.enabledEntries(DictionaryType.CUSTOMER_SOURCE));
        model.addAttribute("statuses", List.of(CustomerStatus.values()));
        model.addAttribute("owners", users.usersWith(Permission.CUSTOMER_VIEW));
        model.addAttribute("creditLevels", RatingKind.CREDIT.levels());
        model.addAttribute("loyaltyLevels", RatingKind.LOYALTY.levels());
        model.addAttribute("rfmSegments", rfm.names());
        model.addAttribute("categories", products.categories());
    }
}
