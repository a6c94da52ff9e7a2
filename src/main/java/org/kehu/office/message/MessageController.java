package org.kehu.office.message;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
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
 * The messages pages: inbox and sent box, a conversation (opening it reads it) with the reply form, composing, and the
 * unread count beside the bell (a fragment the top bar refreshes).
 */
@Controller
class MessageController {

    static final int PAGE_SIZE = 25;

    private final MessageBox box;
    private final Messages messages;

    MessageController(MessageBox box, Messages messages) {
        this.box = box;
        this.messages = messages;
    }

    @GetMapping("/messages")
    String list(@RequestParam(required = false) String box, @RequestParam(required = false) String after,
            HtmxRequest htmx, Model model) {
        boolean sent = "sent".equals(box);
        model.addAttribute("sent", sent);
        model.addAttribute("page", sent ? this.box.sent(after, PAGE_SIZE) : this.box.inbox(after, PAGE_SIZE));
        model.addAttribute("paged", org.kehu.shared.paging.Cursor.given(after));
        model.addAttribute("query", sent ? "box=sent" : "");
        if (htmx.isHtmxRequest() && "message-rows".equals(htmx.getTarget())) {
            return "office/message/list :: rows";
        }
        model.addAttribute("unread", this.box.unreadCount());
        return "office/message/list";
    }

    @GetMapping("/messages/badge")
    String badge(Model model) {
        model.addAttribute("unread", box.unreadCount());
        return "office/message/list :: badge";
    }

    @GetMapping("/messages/new")
    String compose(@RequestParam(required = false) List<Long> to, Model model) {
        MessageInput in = new MessageInput();
        if (to != null) {
            in.setRecipientIds(to);
        }
        model.addAttribute("form", in);
        return form(model);
    }

    @PostMapping("/messages")
    String send(@ModelAttribute("form") MessageInput form, BindingResult binding, Model model, RedirectAttributes redirect) {
        form.setReplyToId(null);
        return FormSubmission.save(binding, model, () -> {
            MessageDetails sent = box.send(form);
            redirect.addFlashAttribute("flash", messages.text("office.message.sent.flash"));
            return "redirect:/messages/" + sent.id();
        }, () -> form(model));
    }

    @GetMapping("/messages/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        List<MessageDetails> thread = box.open(id);
        model.addAttribute("thread", thread);
        model.addAttribute("opened", id);
        if (!model.containsAttribute("reply")) {
            MessageInput reply = new MessageInput();
            reply.setReplyToId(id);
            model.addAttribute("reply", reply);
        }
        return "office/message/show";
    }

    /** A reply to the sender (or, from one's own message, to its recipients); {@code all} answers everyone on it. */
    @PostMapping("/messages/{id:\\d+}/reply")
    String reply(@PathVariable long id, @ModelAttribute("reply") MessageInput reply, BindingResult binding,
            @RequestParam(defaultValue = "false") boolean all, Model model, RedirectAttributes redirect) {
        reply.setReplyToId(id);
        reply.setRecipientIds(all ? box.replyAllRecipients(id) : List.of());
        reply.setSubject(null);
        return FormSubmission.save(binding, model, () -> {
            MessageDetails sent = box.send(reply);
            redirect.addFlashAttribute("flash", messages.text("office.message.sent.flash"));
            return "redirect:/messages/" + sent.id();
        }, () -> show(id, model));
    }

    private String form(Model model) {
        model.addAttribute("people", box.recipients());
        return "office/message/form";
    }

}
