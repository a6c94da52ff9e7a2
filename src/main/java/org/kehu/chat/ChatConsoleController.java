package org.kehu.chat;

import java.util.List;
import java.util.Locale;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.knowledge.Audience;
import org.kehu.knowledge.KnowledgeBase;
import org.kehu.order.CustomerOrders;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.support.QuestionTickets;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * The operators' console ({@code /chat}): the queue of waiting conversations (refreshed when the stream says it
 * changed), the conversations the operator took side by side, each with the customer's recent orders and open
 * tickets and a search of the articles shared with customers whose link can be put into the answer.
 */
@Controller
@PreAuthorize("hasAuthority('chat.answer')")
class ChatConsoleController {

    static final int QUEUE = 50;
    static final int BESIDE = 5;
    static final int ARTICLES = 5;

    private final LiveChat chat;
    private final ChatStore store;
    private final ChatTexts texts;
    private final ChatHub hub;
    private final UserDirectory users;
    private final CustomerOrders orders;
    private final QuestionTickets tickets;
    private final KnowledgeBase knowledge;
    private final MessageSource messages;

    ChatConsoleController(LiveChat chat, ChatStore store, ChatTexts texts, ChatHub hub, UserDirectory users,
            CustomerOrders orders, QuestionTickets tickets, KnowledgeBase knowledge, MessageSource messages) {
        this.chat = chat;
        this.store = store;
        this.texts = texts;
        this.hub = hub;
        this.users = users;
        this.orders = orders;
        this.tickets = tickets;
        this.knowledge = knowledge;
        this.messages = messages;
    }

    /** A conversation with what the operator sees beside it. */
    record Panel(Conversation conversation, List<ChatMessage> messages, List<org.kehu.order.OrderRow> orders,
            List<QuestionTickets.OpenTicket> tickets, boolean mine) {
    }

    @GetMapping("/chat")
    String console(Model model, Locale locale) {
        CurrentUser me = users.requireCurrentUser();
        model.addAttribute("lastId", store.lastMessageId());
        model.addAttribute("queue", store.waiting(QUEUE));
        model.addAttribute("panels", store.activeOf(me.id()).stream().map(c -> panel(c, me, locale)).toList());
        model.addAttribute("maxLength", LiveChat.TEXT_LENGTH);
        return "chat/console";
    }

    @GetMapping("/chat/queue")
    String queue(Model model) {
        model.addAttribute("queue", store.waiting(QUEUE));
        return "chat/console :: queue";
    }

    @PostMapping("/chat/conversations/{id}/take")
    String take(@PathVariable long id, Model model, Locale locale) {
        CurrentUser me = users.requireCurrentUser();
        try {
            Conversation c = chat.take(me, id);
            model.addAttribute("p", panel(c, me, locale));
            model.addAttribute("maxLength", LiveChat.TEXT_LENGTH);
            return "chat/console :: panel";
        } catch (RuleViolationException e) {
            model.addAttribute("notice", messages.getMessage(e.messageKey(), null, e.getMessage(), locale));
            return "chat/console :: notice";
        }
    }

    @GetMapping("/chat/conversations/{id}/panel")
    String panel(@PathVariable long id, Model model, Locale locale) {
        CurrentUser me = users.requireCurrentUser();
        Conversation c = visible(id, me);
        model.addAttribute("p", panel(c, me, locale));
        model.addAttribute("maxLength", LiveChat.TEXT_LENGTH);
        return "chat/console :: panel";
    }

    @PostMapping(path = "/chat/conversations/{id}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ChatHub.Event post(@PathVariable long id, @RequestParam(required = false) String text, Locale locale) {
        return ChatHub.Event.of(chat.postAsStaff(users.requireCurrentUser(), id, text, locale), null);
    }

    @PostMapping("/chat/conversations/{id}/close")
    String close(@PathVariable long id, Model model, Locale locale) {
        CurrentUser me = users.requireCurrentUser();
        chat.closeAsStaff(me, id);
        return panel(id, model, locale);
    }

    @PostMapping("/chat/conversations/{id}/ticket")
    String ticket(@PathVariable long id, Model model, Locale locale) {
        CurrentUser me = users.requireCurrentUser();
        chat.ticketAsStaff(me, id);
        return panel(id, model, locale);
    }

    /** Articles shared with customers (their links open on the portal), to put into an answer. */
    @GetMapping("/chat/knowledge")
    String articles(@RequestParam(defaultValue = "") String q, @RequestParam long conversation, Model model) {
        model.addAttribute("conversationId", conversation);
        model.addAttribute("articles", q.isBlank() ? List.of() : knowledge.search(q, Audience.CUSTOMERS, ARTICLES));
        model.addAttribute("q", q);
        return "chat/console :: articles";
    }

    @GetMapping(path = "/chat/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(defaultValue = "0") long after, Locale locale) {
        return hub.operatorStream(users.requireCurrentUser().id(), ChatWeb.resumeFrom(lastEventId, after), locale);
    }

    private Conversation visible(long id, CurrentUser me) {
        Conversation c = store.find(id).orElseThrow(() -> new RecordNotFoundException("Conversation", id));
        if (!(c.operatorId() != null && c.operatorId() == me.id()) && !store.visible(id, users.ownerScope(me), me.id())) {
            throw new RecordNotFoundException("Conversation", id);
        }
        return c;
    }

    private Panel panel(Conversation c, CurrentUser me, Locale locale) {
        return new Panel(c, store.messages(c.id()).stream().map(m -> texts.render(m, locale)).toList(),
                orders.page(c.customerId(), CustomerOrders.Which.ALL, null, BESIDE).items(),
                tickets.openOf(c.customerId(), BESIDE), c.operatorId() != null && c.operatorId() == me.id());
    }

    @ExceptionHandler({InvalidInputException.class, RuleViolationException.class})
    ResponseEntity<ChatWeb.Problem> refused(RuntimeException e, Locale locale) {
        return ChatWeb.refused(e, messages, locale);
    }
}
