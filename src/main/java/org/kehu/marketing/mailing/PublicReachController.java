package org.kehu.marketing.mailing;

import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.customer.ConsentState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public end of marketing mail, without login. {@code GET /unsubscribe/{token}} only asks (link scanners and
 * previews fetch links); {@code POST} opts out, from the page's button or from a mail program's one-click
 * unsubscribe (RFC 8058, {@code List-Unsubscribe-Post}). No CSRF token is needed: the unguessable token in the
 * path is the credential, and no session is involved. {@code GET /track/{token}/{n}} records a click and
 * redirects.
 */
@Controller
class PublicReachController {

    private final PublicReach reach;

    PublicReachController(PublicReach reach) {
        this.reach = reach;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        return reach.unsubscribeState(token).map(state -> page(model, token, state, false)).orElseGet(() -> unknown(response));
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        return reach.unsubscribe(token).map(state -> page(model, token, state, true)).orElseGet(() -> unknown(response));
    }

    @GetMapping("/track/{token}/{linkNo:\\d{1,4}}")
    ResponseEntity<Void> track(@PathVariable String token, @PathVariable int linkNo) {
        return reach.click(token, linkNo)
                .map(url -> ResponseEntity.status(HttpStatus.FOUND).location(uri(url)).<Void>build())
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The written address, with characters a URI may not hold (Chinese in a path) encoded. */
    private static URI uri(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException notEncoded) {
            return org.springframework.web.util.UriComponentsBuilder.fromUriString(url).encode().build().toUri();
        }
    }

    private static String page(Model model, String token, ConsentState state, boolean justDone) {
        model.addAttribute("token", token);
        model.addAttribute("state", state);
        model.addAttribute("justDone", justDone);
        return "marketing/unsubscribe";
    }

    private static String unknown(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "marketing/unsubscribe-unknown";
    }
}
