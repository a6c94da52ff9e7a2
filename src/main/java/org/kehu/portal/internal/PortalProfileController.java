package org.kehu.portal.internal;

import jakarta.validation.Valid;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactInput;
import org.kehu.customer.ContactSelfService;
import org.kehu.portal.PortalUser;
import org.kehu.portal.PortalUsers;
import org.kehu.portal.company.CompanyChangeRequests;
import org.kehu.portal.company.CompanyField;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 资料修改: the signed-in contact edits their own details, checked as the staff contact form checks them; the
 * company's details they change become a request for the account manager ({@link CompanyChangeRequests}).
 */
@Controller
class PortalProfileController {

    private final ContactSelfService contacts;
    private final CompanyChangeRequests companyChanges;

    PortalProfileController(ContactSelfService contacts, CompanyChangeRequests companyChanges) {
        this.contacts = contacts;
        this.companyChanges = companyChanges;
    }

    @GetMapping("/portal/profile")
    String profile(Model model) {
        model.addAttribute("form", ProfileForm.of(contact(PortalUsers.require())));
        return page(model);
    }

    @PostMapping("/portal/profile")
    String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult binding, Model model) {
        PortalUser user = PortalUsers.require();
        if (binding.hasErrors()) {
            return page(model);
        }
        ContactInput input = ContactInput.of(contact(user));
        input.setName(form.getName());
        input.setDepartment(form.getDepartment());
        input.setTitle(form.getTitle());
        input.setOfficePhone(form.getOfficePhone());
        input.setMobile(form.getMobile());
        input.setEmail(form.getEmail());
        input.setOfficeAddress(form.getOfficeAddress());
        input.setVersion(form.getVersion());
        try {
            contacts.updateOwn(user.contactId(), input);
        } catch (InvalidInputException e) {
            FormErrors.addTo(binding, e);
            return page(model);
        } catch (ConcurrentEditException e) {
            binding.reject("portal.profile.conflict", "portal.profile.conflict");
            return page(model);
        }
        return "redirect:/portal/profile?saved";
    }

    private ContactDetails contact(PortalUser user) {
        return contacts.contact(user.contactId()).orElseThrow(() -> new RecordNotFoundException("Contact", user.contactId()));
    }

    @PostMapping("/portal/profile/company")
    String requestCompanyChange(@RequestParam java.util.Map<String, String> params, Model model) {
        PortalUser user = PortalUsers.require();
        java.util.Map<String, String> asked = new java.util.LinkedHashMap<>();
        for (CompanyField f : CompanyField.values()) {
            asked.put(f.property(), params.get(f.property()));
        }
        try {
            companyChanges.request(user.customerId(), user.contactId(), asked);
            return "redirect:/portal/profile?requested";
        } catch (InvalidInputException e) {
            model.addAttribute("companyErrors", e.fieldErrors());
        } catch (RuleViolationException e) {
            model.addAttribute("companyRefused", e.messageKey());
        }
        model.addAttribute("company", asked);
        model.addAttribute("form", ProfileForm.of(contact(user)));
        return page(model);
    }

    private String page(Model model) {
        PortalUser user = PortalUsers.require();
        if (!model.containsAttribute("company")) {
            model.addAttribute("company", companyChanges.currentDetails(user.customerId()));
        }
        if (!model.containsAttribute("companyErrors")) {
            model.addAttribute("companyErrors", java.util.Map.of());
        }
        model.addAttribute("companyFields", CompanyField.values());
        model.addAttribute("companyRequests", companyChanges.latest(user.customerId(), 5));
        return "portal/profile";
    }
}
