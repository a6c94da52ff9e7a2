package org.kehu.identity.web;

import jakarta.servlet.http.HttpSession;

import org.kehu.shared.web.Messages;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final Messages messages;

    LoginController(Messages messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        String key = failure instanceof LockedException ? "login.locked"
                : failure instanceof DisabledException ? "login.disabled" : null;
        if (key != null) {
            model.addAttribute("lockedMessage", messages.text(key));
        }
        return "identity/login";
    }
}
