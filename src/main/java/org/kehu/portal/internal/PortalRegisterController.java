package org.kehu.portal.internal;

import jakarta.validation.Valid;

import org.kehu.portal.account.PortalRegistrations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** 企业注册: a contact registers for the portal; see {@link PortalRegistrations} for what follows. */
@Controller
class PortalRegisterController {

    private final PortalRegistrations registrations;

    PortalRegisterController(PortalRegistrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/portal/register")
    String form(Model model) {
        model.addAttribute("form", new RegistrationForm());
        return "portal/register";
    }

    @PostMapping("/portal/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return "portal/register";
        }
        registrations.register(new PortalRegistrations.Registration(form.getCompanyName().strip(), blank(form.getCreditCode()),
                form.getContactName().strip(), form.getEmail().strip(), blank(form.getPhone()), blank(form.getMessage())));
        model.addAttribute("registered", true);
        return "portal/register";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
