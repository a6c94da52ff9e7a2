package org.kehu.identity.web;

import org.kehu.identity.UserDirectory;
import org.kehu.identity.internal.ProfileService;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own page: details, password change and personal access tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    private final ProfileService profiles;
    private final UserDirectory users;
    private final Messages messages;

    ProfileController(ProfileService profiles, UserDirectory users, Messages messages) {
        this.profiles = profiles;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String profile(Model model) {
        long id = users.requireCurrentUser().id();
        model.addAttribute("profile", profiles.profile(id));
        model.addAttribute("tokens", profiles.tokens(id));
        return "identity/profile";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, @RequestParam(required = false) String repeatPassword,
            Model model, RedirectAttributes redirect) {
        try {
            profiles.changePassword(users.requireCurrentUser().id(), currentPassword, newPassword, repeatPassword);
            redirect.addFlashAttribute("flash", messages.text("identity.password.changed"));
            return "redirect:/profile";
        } catch (InvalidInputException e) {
            model.addAttribute("passwordErrors", messages.texts(e.fieldErrors()));
            return profile(model);
        }
    }

    @PostMapping("/tokens")
    String createToken(@RequestParam(required = false) String name, Model model) {
        try {
            model.addAttribute("newToken", profiles.createToken(users.requireCurrentUser().id(), name));
        } catch (InvalidInputException e) {
            model.addAttribute("tokenError", messages.text(e.fieldErrors().get("name")));
        }
        return profile(model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        profiles.revokeToken(users.requireCurrentUser().id(), id);
        redirect.addFlashAttribute("flash", messages.text("identity.token.revoked"));
        return "redirect:/profile";
    }
}
