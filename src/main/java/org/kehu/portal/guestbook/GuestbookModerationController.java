package org.kehu.portal.guestbook;

import java.time.LocalDate;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Messages;
import org.kehu.support.TicketDetails;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Guestbook moderation pages (客户意见管理): the list of posts with its filters, a thread with the moderator's steps
 * (hide with a reason, show again, delete, answer as staff, make a suggestion ticket), and the bulk deletion of
 * expired posts behind a confirmation that names how many.
 */
@Controller
@PreAuthorize("hasAuthority('guestbook.moderate')")
class GuestbookModerationController {

    static final int PAGE_SIZE = 30;

    private final GuestbookModeration moderation;
    private final Dictionary dictionary;
    private final UserDirectory users;
    private final Messages messages;

    GuestbookModerationController(GuestbookModeration moderation, Dictionary dictionary, UserDirectory users,
            Messages messages) {
        this.moderation = moderation;
        this.dictionary = dictionary;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/guestbook")
    String list(@RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model,
            HttpServletResponse response) {
        PostStatus s;
        try {
            s = GuestbookApi.status(status);
        } catch (InvalidInputException e) {
            s = null;
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("filterError", messages.text("guestbook.error.status"));
        }
        model.addAttribute("statuses", Arrays.asList(PostStatus.values()));
        model.addAttribute("status", s == null ? null : s.name());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("q", q);
        try {
            model.addAttribute("page", moderation.page(new ModerationFilter(s, from, to, q), after, PAGE_SIZE));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("filterError", messages.text(e.fieldErrors().values().iterator().next()));
            model.addAttribute("page", moderation.page(ModerationFilter.none(), null, PAGE_SIZE));
        }
        model.addAttribute("expired", moderation.expiredCount());
        model.addAttribute("expireDays", moderation.expireAfterDays());
        return "guestbook/list";
    }

    @GetMapping("/guestbook/{id:\\d+}")
    String thread(@PathVariable long id, Model model) {
        model.addAttribute("thread", moderation.thread(id));
        model.addAttribute("categories", dictionary.enabledEntries(DictionaryType.SUGGESTION_CATEGORY));
        model.addAttribute("priorities", dictionary.enabledEntries(DictionaryType.TICKET_PRIORITY));
        model.addAttribute("departments", users.departments());
        model.addAttribute("mayTicket", users.currentUser()
                .map(u -> u.can(org.kehu.identity.Permission.TICKET_CREATE)).orElse(false));
        return "guestbook/thread";
    }

    @PostMapping("/guestbook/{id:\\d+}/{step:hide|unhide|delete}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            switch (step) {
                case "hide" -> moderation.hide(id, reason, version);
                case "unhide" -> moderation.unhide(id, version);
                default -> moderation.delete(id, version);
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reasonPost", id);
            model.addAttribute("reasonError", messages.text(e.fieldErrors().values().iterator().next()));
            return thread(id, model);
        } catch (RuleViolationException | ConcurrentEditException e) {
            return refused(id, e, model, response);
        }
        redirect.addFlashAttribute("flash", messages.text("guestbook.done." + step));
        return "redirect:/guestbook/" + moderation.get(id).threadRoot() + "#post-" + id;
    }

    @PostMapping("/guestbook/{id:\\d+}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String text, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            GuestbookPost answer = moderation.answer(id, text);
            redirect.addFlashAttribute("flash", messages.text("guestbook.done.answered"));
            return "redirect:/guestbook/" + answer.threadRoot() + "#post-" + answer.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("answer", text);
            model.addAttribute("answerError", messages.text(e.fieldErrors().values().iterator().next()));
            return thread(id, model);
        } catch (RuleViolationException e) {
            return refused(id, e, model, response);
        }
    }

    @PostMapping("/guestbook/{id:\\d+}/ticket")
    String ticket(@PathVariable long id, @RequestParam(required = false) String categoryCode,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) String priorityCode,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            TicketDetails t = moderation.toTicket(id, new SuggestionTicketRequest(categoryCode, departmentId, priorityCode));
            redirect.addFlashAttribute("flash", messages.text("guestbook.done.ticket", t.number()));
            return "redirect:/guestbook/" + moderation.get(id).threadRoot() + "#post-" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("ticketPost", id);
            model.addAttribute("ticketErrors", messages.texts(e.fieldErrors()));
            return thread(id, model);
        } catch (RuleViolationException | ConcurrentEditException e) {
            return refused(id, e, model, response);
        } catch (AccessDeniedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("stepError", messages.text("guestbook.error.no-ticket-permission"));
            return thread(id, model);
        }
    }

    @GetMapping("/guestbook/expired")
    String expired(Model model) {
        model.addAttribute("expired", moderation.expiredCount());
        model.addAttribute("expireDays", moderation.expireAfterDays());
        return "guestbook/expired";
    }

    @PostMapping("/guestbook/expired")
    String deleteExpired(RedirectAttributes redirect) {
        int n = moderation.deleteExpired();
        redirect.addFlashAttribute("flash", messages.text("guestbook.done.expired", n));
        return "redirect:/guestbook";
    }

    private String refused(long id, RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("stepError", e instanceof RuleViolationException r ? messages.text(r.messageKey(), r.args())
                : messages.text("guestbook.error.conflict"));
        return thread(id, model);
    }
}
