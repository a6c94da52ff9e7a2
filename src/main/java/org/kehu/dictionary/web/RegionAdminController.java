package org.kehu.dictionary.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.dictionary.internal.RegionAdmin;
import org.kehu.dictionary.internal.RegionForm;
import org.kehu.dictionary.internal.RegionRow;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for provinces and their cities. */
@Controller
@RequestMapping("/admin/regions")
@PreAuthorize("hasAuthority('dictionary.edit')")
class RegionAdminController {

    private final RegionAdmin regions;
    private final SmartValidator validator;
    private final Messages messages;

    RegionAdminController(RegionAdmin regions, SmartValidator validator, Messages messages) {
        this.regions = regions;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String provinces(Model model) {
        model.addAttribute("provinces", regions.provinces());
        return "dictionary/regions";
    }

    @GetMapping("/{code}")
    String cities(@PathVariable String code, Model model) {
        RegionRow region = regions.region(code);
        if (!region.province()) {
            return "redirect:/admin/regions/" + region.parentCode();
        }
        model.addAttribute("province", region);
        model.addAttribute("cities", regions.cities(code));
        return "dictionary/region-cities";
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        RegionRow region = regions.region(code);
        return form(RegionForm.of(region), region, null, model);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") RegionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        RegionRow region = regions.region(code);
        form.setCode(region.code());
        validator.validate(form, binding);
        return FormSubmission.save(binding, model, () -> {
            regions.update(code, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:" + back(region);
        }, () -> form(form, region, null, model));
    }

    @GetMapping("/{code}/cities/new")
    String newCity(@PathVariable String code, Model model) {
        RegionRow province = regions.province(code);
        RegionForm form = new RegionForm();
        form.placeAfter(regions.cities(code).stream().map(RegionRow::sortOrder).toList());
        return form(form, null, province, model);
    }

    @PostMapping("/{code}/cities")
    String addCity(@PathVariable String code, @ModelAttribute("form") RegionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        RegionRow province = regions.province(code);
        validator.validate(form, binding);
        return FormSubmission.save(binding, model, () -> {
            RegionRow city = regions.addCity(code, form);
            redirect.addFlashAttribute("flash", messages.text("region.city.created", city.nameZh()));
            return "redirect:/admin/regions/" + code;
        }, () -> form(form, null, province, model));
    }

    /** The inline switch: htmx swaps the row; without htmx the list is shown again. */
    @PostMapping("/{code}/enabled")
    String enable(@PathVariable String code, @RequestParam boolean enabled,
            HtmxRequest htmx, Model model) {
        RegionRow region = regions.setEnabled(code, enabled);
        if (!htmx.isHtmxRequest()) {
            return "redirect:" + back(region);
        }
        model.addAttribute("r", region);
        return "dictionary/region-row :: row";
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        RegionRow region = regions.region(code);
        messages.flashOutcome(redirect, () -> regions.delete(code), "common.deleted", "problem");
        return "redirect:" + back(region);
    }

    private static String back(RegionRow region) {
        return region.province() ? "/admin/regions" : "/admin/regions/" + region.parentCode();
    }

    private String form(RegionForm form, RegionRow region, RegionRow newCityOf, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("region", region);
        model.addAttribute("newCityOf", newCityOf);
        return "dictionary/region-form";
    }
}
