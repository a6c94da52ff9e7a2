package org.kehu.chat;

import java.util.List;
import java.util.Locale;

import org.kehu.portal.PortalUser;
import org.kehu.portal.PortalUsers;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The customer's live Q&A on the portal ({@code /portal/chat}): ask, see answers as they come (a Server-Sent Event
 * stream, resumed from {@code Last-Event-ID}), close, and read past conversations. A conversation of another
 * contact answers 404 everywhere. Sending works without scripts too (the form posts and the page reloads).
 */
@Controller
class PortalChatController {

    static final int PAST = 20;

    private final LiveChat chat;
    private final ChatStore store;
    private final ChatTexts texts;
    private final ChatHub hub;
    private final MessageSource messages;

    PortalChatController(LiveChat chat, ChatStore store, ChatTexts texts, ChatHub hub, MessageSource messages) {
        this.chat = chat;
        this.store = store;
        this.texts = texts;
        this.hub = hub;
        this.messages = messages;
    }

    @GetMapping("/portal/chat")
    String page(Model model, Locale locale) {
        PortalUser user = PortalUsers.require();
        var open = store.openOfContact(user.contactId());
        model.addAttribute("conversation", open.orElse(null));
        model.addAttribute("messages", open.map(c -> rendered(c.id(), locale)).orElse(List.of()));
        model.addAttribute("online", chat.operatorOnline());
        model.addAttribute("past", store.ofContact(user.contactId(), PAST).stream().filter(c -> !c.status().open()).toList());
        model.addAttribute("lastId", open.map(c -> store.messages(c.id()).stream().mapToLong(ChatStore.StoredMessage::id)
                .max().orElse(0)).orElse(0L));
        model.addAttribute("maxLength", LiveChat.TEXT_LENGTH);
        return "chat/portal-chat";
    }

    /** A question: into the open conversation, or a new one (a ticket at once when nobody is online). */
    @PostMapping("/portal/chat")
    String ask(@RequestParam(required = false) String text, RedirectAttributes redirect, Model model, Locale locale) {
        try {
            chat.ask(PortalUsers.require(), text);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("textError", messages.getMessage(e.fieldErrors().get("text"), null, locale));
            redirect.addFlashAttribute("text", text == null ? "" : text.substring(0, Math.min(text.length(), LiveChat.TEXT_LENGTH)));
        }
        return "redirect:/portal/chat";
    }

    /** A message from the page's script: the stored message as JSON (the stream brings it too; the page keeps one). */
    @PostMapping(path = "/portal/chat/{id}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ChatHub.Event post(@PathVariable long id, @RequestParam(required = false) String text, Locale locale) {
        return ChatHub.Event.of(chat.postAsCustomer(PortalUsers.require(), id, text, locale), null);
    }

    @PostMapping("/portal/chat/{id}/close")
    String close(@PathVariable long id) {
        chat.closeAsCustomer(PortalUsers.require(), id);
        return "redirect:/portal/chat";
    }

    @GetMapping(path = "/portal/chat/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable long id, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(defaultValue = "0") long after, Locale locale) {
        Conversation c = chat.ofCustomer(PortalUsers.require(), id);
        return hub.customerStream(c.id(), ChatWeb.resumeFrom(lastEventId, after), locale);
    }

    @GetMapping("/portal/chat/{id}")
    String transcript(@PathVariable long id, Model model, Locale locale) {
        Conversation c = chat.ofCustomer(PortalUsers.require(), id);
        model.addAttribute("conversation", c);
        model.addAttribute("messages", rendered(c.id(), locale));
        return "chat/portal-transcript";
    }

    private List<ChatMessage> rendered(long conversationId, Locale locale) {
        return store.messages(conversationId).stream().map(m -> texts.render(m, locale)).toList();
    }

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "portal/not-found";
    }

    @ExceptionHandler({InvalidInputException.class, RuleViolationException.class})
    ResponseEntity<ChatWeb.Problem> refused(RuntimeException e, Locale locale) {
        return ChatWeb.refused(e, messages, locale);
    }
}
