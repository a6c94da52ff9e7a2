package org.kehu.portal.internal;

import jakarta.servlet.http.HttpSession;

import org.kehu.portal.account.PortalAccess;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.FormErrors;
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
 * The portal's public account pages: sign-in, the invitation link (set the first password), and the forgotten
 * password (ask for a link, set a new password through it).
 */
@Controller
class PortalSignInController {

    private final PortalAccess access;

    PortalSignInController(PortalAccess access) {
        this.access = access;
    }

    @GetMapping("/portal/login")
    String login(HttpSession session, Model model) {
        Object failure = session.getAttribute(PortalSecurityConfiguration.FAILURE_ATTRIBUTE);
        model.addAttribute("failureKey", "LockedException".equals(failure) ? "portal.login.locked"
                : "DisabledException".equals(failure) ? "portal.login.inactive" : "portal.login.failed");
        return "portal/login";
    }

    @GetMapping("/portal/invitation/{token}")
    String invitation(@PathVariable String token, Model model) {
        return passwordPage(token, true, model);
    }

    @PostMapping("/portal/invitation/{token}")
    String acceptInvitation(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return setPassword(token, true, form, binding, model, redirect);
    }

    @GetMapping("/portal/password/forgot")
    String forgot() {
        return "portal/password-forgot";
    }

    @PostMapping("/portal/password/forgot")
    String requestReset(@RequestParam(required = false) String login, Model model) {
        if (login == null || login.isBlank()) {
            model.addAttribute("loginError", "portal.password.login-required");
            return "portal/password-forgot";
        }
        if (login.length() > 200) {
            model.addAttribute("loginError", "portal.password.login-too-long");
            return "portal/password-forgot";
        }
        access.requestReset(login);
        model.addAttribute("sent", true);
        return "portal/password-forgot";
    }

    @GetMapping("/portal/password/reset/{token}")
    String reset(@PathVariable String token, Model model) {
        return passwordPage(token, false, model);
    }

    @PostMapping("/portal/password/reset/{token}")
    String resetPassword(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return setPassword(token, false, form, binding, model, redirect);
    }

    private String passwordPage(String token, boolean invitation, Model model) {
        PortalAccess.LinkState state = access.linkState(token, invitation);
        model.addAttribute("invitation", invitation);
        if (state != PortalAccess.LinkState.VALID) {
            model.addAttribute("linkState", state.name().toLowerCase(java.util.Locale.ROOT));
            return "portal/link-invalid";
        }
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("token", token);
        return "portal/set-password";
    }

    private String setPassword(String token, boolean invitation, PasswordForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            String login = access.setPassword(token, invitation, form.getPassword(), form.getRepeat());
            redirect.addAttribute(invitation ? "activated" : "reset", "");
            redirect.addAttribute("login", login);
            return "redirect:/portal/login";
        } catch (InvalidInputException e) {
            String tokenProblem = e.fieldErrors().get("token");
            model.addAttribute("invitation", invitation);
            if (tokenProblem != null) {
                model.addAttribute("linkState", tokenProblem.substring(tokenProblem.lastIndexOf('.') + 1));
                return "portal/link-invalid";
            }
            FormErrors.addTo(binding, e);
            model.addAttribute("token", token);
            return "portal/set-password";
        }
    }
}
