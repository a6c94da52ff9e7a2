package org.kehu.notification.web;

import java.util.List;

import org.kehu.identity.UserDirectory;
import org.kehu.notification.internal.Inbox;
import org.kehu.shared.Formats;
import org.kehu.shared.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The bell in the top bar (a fragment htmx refreshes every minute) and the page of all notifications. */
@Controller
class NotificationController {

    private static final int BELL_SIZE = 8;
    private static final int PAGE_SIZE = 100;

    record Shown(long id, String text, String at, boolean read) {
    }

    private final Inbox inbox;
    private final UserDirectory users;
    private final Messages messages;

    NotificationController(Inbox inbox, UserDirectory users, Messages messages) {
        this.inbox = inbox;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/notifications/bell")
    String bell(Model model) {
        long me = users.requireCurrentUser().id();
        model.addAttribute("unread", inbox.unread(me));
        model.addAttribute("items", shown(inbox.latest(me, BELL_SIZE)));
        return "notification/bell :: bell";
    }

    @GetMapping("/notifications")
    String all(Model model) {
        model.addAttribute("items", shown(inbox.latest(users.requireCurrentUser().id(), PAGE_SIZE)));
        return "notification/list";
    }

    /** Opens a notification: marks it read and goes to the page it is about. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        return "redirect:" + inbox.open(users.requireCurrentUser().id(), id).orElse("/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        inbox.readAll(users.requireCurrentUser().id());
        return "redirect:/notifications";
    }

    private List<Shown> shown(List<Inbox.Item> items) {
        return items.stream()
                .map(i -> new Shown(i.id(), messages.text(i.messageKey(), i.args()), Formats.dateTime(i.createdAt()), i.read()))
                .toList();
    }
}
