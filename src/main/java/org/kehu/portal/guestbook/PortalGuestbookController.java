package org.kehu.portal.guestbook;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.portal.PortalUser;
import org.kehu.portal.PortalUsers;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's guestbook page ({@code /portal/guestbook}, signed-in customers only): the threads, a new post, a reply
 * under each thread, and editing or deleting one's own post while the page offers it. Refusals show beside the text
 * field of the form that was sent, with the page around it.
 */
@Controller
class PortalGuestbookController {

    static final int PAGE_SIZE = 10;

    private final Guestbook guestbook;
    private final Messages messages;

    PortalGuestbookController(Guestbook guestbook, Messages messages) {
        this.guestbook = guestbook;
        this.messages = messages;
    }

    @GetMapping("/portal/guestbook")
    String page(@RequestParam(required = false) String after, Model model) {
        PortalUser user = PortalUsers.require();
        KeysetPage<GuestbookThread> page;
        try {
            page = guestbook.threads(user, after, PAGE_SIZE);
        } catch (InvalidInputException e) {
            page = guestbook.threads(user, null, PAGE_SIZE);
        }
        model.addAttribute("page", page);
        model.addAttribute("changeable", page.items().stream()
                .flatMap(t -> Stream.concat(Stream.of(t.root()), t.replies().stream()))
                .filter(p -> guestbook.changeable(user, p)).map(GuestbookPost::id).collect(Collectors.toSet()));
        return "guestbook/portal";
    }

    @PostMapping("/portal/guestbook")
    String post(@RequestParam(required = false) String text, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            guestbook.post(PortalUsers.require(), text);
        } catch (InvalidInputException | RuleViolationException e) {
            return refused(e, null, text, model, response);
        }
        redirect.addFlashAttribute("flash", messages.text("guestbook.done.posted"));
        return "redirect:/portal/guestbook";
    }

    @PostMapping("/portal/guestbook/{id:\\d+}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            guestbook.reply(PortalUsers.require(), id, text);
        } catch (InvalidInputException | RuleViolationException e) {
            return refused(e, id, text, model, response);
        }
        redirect.addFlashAttribute("flash", messages.text("guestbook.done.replied"));
        return "redirect:/portal/guestbook#thread-" + id;
    }

    @GetMapping("/portal/guestbook/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        PortalUser user = PortalUsers.require();
        GuestbookPost post = guestbook.own(user, id);
        model.addAttribute("post", post);
        model.addAttribute("text", post.body());
        return "guestbook/portal-edit";
    }

    @PostMapping("/portal/guestbook/{id:\\d+}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        PortalUser user = PortalUsers.require();
        try {
            guestbook.edit(user, id, text, version);
        } catch (InvalidInputException | RuleViolationException | ConcurrentEditException e) {
            response.setStatus(e instanceof InvalidInputException ? 400 : 409);
            model.addAttribute("post", guestbook.own(user, id));
            model.addAttribute("text", text);
            model.addAttribute("textError", message(e));
            return "guestbook/portal-edit";
        }
        redirect.addFlashAttribute("flash", messages.text("guestbook.done.edited"));
        return "redirect:/portal/guestbook";
    }

    @PostMapping("/portal/guestbook/{id:\\d+}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            guestbook.delete(PortalUsers.require(), id, version);
            redirect.addFlashAttribute("flash", messages.text("guestbook.done.deleted"));
        } catch (RuleViolationException | ConcurrentEditException e) {
            redirect.addFlashAttribute("refused", message(e));
        }
        return "redirect:/portal/guestbook";
    }

    private String refused(RuntimeException e, Long threadId, String text, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof RuleViolationException r && "guestbook.error.rate-limit".equals(r.messageKey())
                ? 429 : e instanceof InvalidInputException ? 400 : 409);
        model.addAttribute("errorThread", threadId == null ? 0L : threadId);
        model.addAttribute("textError", message(e));
        model.addAttribute("text", text);
        return page(null, model);
    }

    private String message(RuntimeException e) {
        if (e instanceof InvalidInputException i) {
            return messages.text(i.fieldErrors().values().iterator().next());
        }
        if (e instanceof RuleViolationException r) {
            return messages.text(r.messageKey(), r.args());
        }
        return messages.text("guestbook.error.conflict");
    }
}
