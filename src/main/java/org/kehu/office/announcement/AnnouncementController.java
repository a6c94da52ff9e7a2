package org.kehu.office.announcement;

import java.time.LocalDate;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.shared.BusinessTime;
import org.kehu.shared.web.FormSubmission;
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

/** The announcements pages: the list with unread marks, one announcement (opening it reads it), confirm, new and edit. */
@Controller
class AnnouncementController {

    static final int PAGE_SIZE = 20;

    private final AnnouncementBoard board;
    private final Messages messages;

    AnnouncementController(AnnouncementBoard board, Messages messages) {
        this.board = board;
        this.messages = messages;
    }

    @GetMapping("/announcements")
    String list(@RequestParam(required = false) String show, @RequestParam(required = false) String after,
            HtmxRequest htmx, Model model) {
        boolean unread = "unread".equals(show);
        model.addAttribute("page", board.page(unread, after, PAGE_SIZE));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("paged", org.kehu.shared.paging.Cursor.given(after));
        model.addAttribute("query", unread ? "show=unread" : "");
        if (htmx.isHtmxRequest() && "announcement-rows".equals(htmx.getTarget())) {
            return "office/announcement/list :: rows";
        }
        model.addAttribute("unreadCount", board.unreadCount());
        return "office/announcement/list";
    }

    @GetMapping("/announcements/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("a", board.open(id));
        return "office/announcement/show";
    }

    @PostMapping("/announcements/{id:\\d+}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        board.confirm(id);
        redirect.addFlashAttribute("flash", messages.text("office.announcement.confirmed.flash"));
        // Only back to a page of this site.
        return "redirect:" + (back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/announcements/" + id);
    }

    @GetMapping("/announcements/new")
    @PreAuthorize("hasAuthority('announcement.publish')")
    String newForm(Model model) {
        AnnouncementInput in = new AnnouncementInput();
        in.setEveryone(true);
        in.setPublishedFrom(LocalDate.now(BusinessTime.ZONE));
        model.addAttribute("form", in);
        return form(model, null);
    }

    @PostMapping("/announcements")
    @PreAuthorize("hasAuthority('announcement.publish')")
    String create(@ModelAttribute("form") AnnouncementInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            AnnouncementDetails created = board.create(form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/announcements/" + created.id();
        }, () -> form(model, null));
    }

    @GetMapping("/announcements/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('announcement.publish')")
    String editForm(@PathVariable long id, Model model) {
        AnnouncementDetails a = board.get(id);
        if (!a.manageable()) {
            throw new org.springframework.security.access.AccessDeniedException("Not the author");
        }
        model.addAttribute("form", AnnouncementInput.of(a));
        return form(model, a);
    }

    @PostMapping("/announcements/{id:\\d+}")
    @PreAuthorize("hasAuthority('announcement.publish')")
    String update(@PathVariable long id, @ModelAttribute("form") AnnouncementInput form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AnnouncementDetails current = board.get(id);
        return FormSubmission.save(binding, model, () -> {
            board.update(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/announcements/" + id;
        }, () -> form(model, current));
    }

    @PostMapping("/announcements/{id:\\d+}/delete")
    @PreAuthorize("hasAuthority('announcement.publish')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        board.delete(id);
        redirect.addFlashAttribute("flash", messages.text("common.deleted"));
        return "redirect:/announcements";
    }

    private String form(Model model, AnnouncementDetails existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("departments", board.departments());
        model.addAttribute("formats", AnnouncementFormat.values());
        return "office/announcement/form";
    }
}
