package org.kehu.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.kehu.identity.CurrentUser;
import org.kehu.portal.PortalUser;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.cluster.ClusterSignals;
import org.kehu.support.QuestionTickets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a conversation. A customer starts one with a question; when no operator has a console open the
 * customer is told so at once and the question becomes a service ticket; otherwise it waits in the queue until an
 * operator takes it, or until {@code kehu.chat.wait-before-ticket} has passed, when it becomes a ticket too. Only
 * the operator who took a conversation answers in it; either side closes it; the operator may turn it into a
 * ticket. Every message is stored before it is announced ({@link ChatSignals}), so nothing asked is lost.
 */
@Service
@Transactional
class LiveChat {

    /** chat_message.body is varchar(2000). */
    static final int TEXT_LENGTH = 2000;
    /** An operator is online while a node has refreshed their presence within this window. */
    static final Duration ONLINE_WINDOW = Duration.ofSeconds(45);
    private static final Locale TICKET_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ChatStore store;
    private final ChatTexts texts;
    private final ClusterSignals signals;
    private final QuestionTickets tickets;
    private final Clock clock;
    private final Duration waitBeforeTicket;

    LiveChat(ChatStore store, ChatTexts texts, ClusterSignals signals, QuestionTickets tickets, Clock clock,
            @Value("${kehu.chat.wait-before-ticket:PT5M}") Duration waitBeforeTicket) {
        this.store = store;
        this.texts = texts;
        this.signals = signals;
        this.tickets = tickets;
        this.clock = clock;
        this.waitBeforeTicket = waitBeforeTicket;
    }

    @Transactional(readOnly = true)
    public boolean operatorOnline() {
        return store.operatorOnline(clock.instant(), ONLINE_WINDOW);
    }

    /**
     * The customer's question: into their open conversation if they have one, else a new conversation, which
     * becomes a ticket at once when no operator is online.
     */
    public Conversation ask(PortalUser user, String text) {
        String body = checked(text);
        var open = store.openOfContact(user.contactId());
        if (open.isPresent()) {
            post(open.get(), Sender.CUSTOMER, null, user.displayName(), body);
            return store.find(open.get().id()).orElseThrow();
        }
        Instant now = clock.instant();
        long id = store.insertConversation(user.customerId(), user.contactId(), user.accountId(), now);
        Conversation c = store.find(id).orElseThrow();
        post(c, Sender.CUSTOMER, null, user.displayName(), body);
        if (!store.operatorOnline(now, ONLINE_WINDOW)) {
            ticket(id, null, "chat.system.offline");
        } else {
            signals.send(ChatSignals.CHANNEL, ChatSignals.QUEUE);
        }
        return store.find(id).orElseThrow();
    }

    /** A customer's message in their own conversation; another contact's conversation is "not found". */
    public ChatMessage postAsCustomer(PortalUser user, long conversationId, String text, Locale locale) {
        String body = checked(text);
        Conversation c = ofCustomer(user, conversationId);
        requireOpen(c);
        return texts.render(post(c, Sender.CUSTOMER, null, user.displayName(), body), locale);
    }

    /** An answer by the operator who took the conversation. */
    public ChatMessage postAsStaff(CurrentUser user, long conversationId, String text, Locale locale) {
        String body = checked(text);
        Conversation c = store.find(conversationId).orElseThrow(() -> new RecordNotFoundException("Conversation", conversationId));
        if (c.status() != ConversationStatus.ACTIVE || c.operatorId() == null || c.operatorId() != user.id()) {
            throw new RuleViolationException("chat.error.not-yours", "Not your conversation");
        }
        return texts.render(post(c, Sender.STAFF, user.id(), user.name(), body), locale);
    }

    /** The operator takes a waiting conversation; a conversation another operator took first is refused. */
    public Conversation take(CurrentUser user, long conversationId) {
        ConversationStatus status = store.lockStatus(conversationId)
                .orElseThrow(() -> new RecordNotFoundException("Conversation", conversationId));
        if (status != ConversationStatus.WAITING) {
            throw new RuleViolationException("chat.error.taken", "Already taken");
        }
        store.take(conversationId, user.id(), clock.instant());
        Conversation c = store.find(conversationId).orElseThrow();
        post(c, Sender.SYSTEM, null, null, ChatTexts.system("chat.system.taken", user.name()));
        signals.send(ChatSignals.CHANNEL, ChatSignals.QUEUE);
        return store.find(conversationId).orElseThrow();
    }

    /** The customer closes their conversation. */
    public void closeAsCustomer(PortalUser user, long conversationId) {
        Conversation c = ofCustomer(user, conversationId);
        if (c.status().open()) {
            end(c.id(), "chat.system.closed-by-customer");
        }
    }

    /** The operator closes the conversation they took. */
    public void closeAsStaff(CurrentUser user, long conversationId) {
        end(mine(user, conversationId).id(), "chat.system.closed-by-staff");
    }

    /** The operator turns the conversation (waiting, or theirs) into a ticket to answer later. */
    public Conversation ticketAsStaff(CurrentUser user, long conversationId) {
        Conversation c = store.find(conversationId).orElseThrow(() -> new RecordNotFoundException("Conversation", conversationId));
        if (c.status() == ConversationStatus.ACTIVE && c.operatorId() != null && c.operatorId() != user.id()) {
            throw new RuleViolationException("chat.error.not-yours", "Not your conversation");
        }
        ticket(conversationId, user.id(), "chat.system.ticketed");
        return store.find(conversationId).orElseThrow();
    }

    /** Turns the conversations nobody took within the wait into tickets; answers how many. */
    public int ticketUnanswered() {
        List<Long> ids = store.waitingSince(clock.instant().minus(waitBeforeTicket), 100);
        ids.forEach(id -> ticket(id, null, "chat.system.unanswered"));
        return ids.size();
    }

    @Transactional(readOnly = true)
    Conversation find(long conversationId) {
        return store.find(conversationId).orElseThrow(() -> new RecordNotFoundException("Conversation", conversationId));
    }

    /** The customer's own conversation, or "not found" for anyone else's. */
    @Transactional(readOnly = true)
    public Conversation ofCustomer(PortalUser user, long conversationId) {
        return store.find(conversationId).filter(c -> c.contactId() == user.contactId())
                .orElseThrow(() -> new RecordNotFoundException("Conversation", conversationId));
    }

    private Conversation mine(CurrentUser user, long conversationId) {
        Conversation c = store.find(conversationId).orElseThrow(() -> new RecordNotFoundException("Conversation", conversationId));
        if (c.status() != ConversationStatus.ACTIVE || c.operatorId() == null || c.operatorId() != user.id()) {
            throw new RuleViolationException("chat.error.not-yours", "Not your conversation");
        }
        return c;
    }

    private void end(long id, String sentence) {
        ConversationStatus status = store.lockStatus(id).orElseThrow();
        if (!status.open()) {
            return;
        }
        store.end(id, ConversationStatus.CLOSED, clock.instant(), null, null);
        post(store.find(id).orElseThrow(), Sender.SYSTEM, null, null, ChatTexts.system(sentence, null));
        if (status == ConversationStatus.WAITING) {
            signals.send(ChatSignals.CHANNEL, ChatSignals.QUEUE);
        }
    }

    /** Opens a ticket whose content is the transcript so far, and tells the customer its number. */
    private void ticket(long id, Long operatorId, String sentence) {
        ConversationStatus status = store.lockStatus(id).orElseThrow();
        if (!status.open()) {
            throw new RuleViolationException("chat.error.ended", "The conversation has ended");
        }
        Conversation c = store.find(id).orElseThrow();
        List<ChatStore.StoredMessage> transcript = store.messages(id);
        String question = transcript.stream().filter(m -> m.sender() == Sender.CUSTOMER).map(ChatStore.StoredMessage::body)
                .findFirst().orElse("?");
        String content = transcript.stream().map(m -> texts.render(m, TICKET_LOCALE))
                .map(m -> "[" + m.sentAt() + "] " + (m.sender() == Sender.SYSTEM ? "—" : m.authorName()) + ": " + m.text())
                .collect(Collectors.joining("\n"));
        QuestionTickets.Opened ticket = tickets.open(c.customerId(), c.contactId(), question, content, operatorId);
        store.end(id, ConversationStatus.TICKETED, clock.instant(), ticket.id(), ticket.number());
        post(c, Sender.SYSTEM, null, null, ChatTexts.system(sentence, ticket.number()));
        if (status == ConversationStatus.WAITING) {
            signals.send(ChatSignals.CHANNEL, ChatSignals.QUEUE);
        }
    }

    private ChatStore.StoredMessage post(Conversation c, Sender sender, Long authorId, String authorName, String body) {
        Instant now = clock.instant();
        long id = store.insertMessage(c.id(), sender, authorId, authorName, body, now);
        signals.send(ChatSignals.CHANNEL, ChatSignals.message(id));
        if (sender == Sender.CUSTOMER && c.status() == ConversationStatus.WAITING) {
            signals.send(ChatSignals.CHANNEL, ChatSignals.QUEUE);
        }
        return new ChatStore.StoredMessage(id, c.id(), sender, authorName, body, now);
    }

    private static void requireOpen(Conversation c) {
        if (!c.status().open()) {
            throw new RuleViolationException("chat.error.ended", "The conversation has ended");
        }
    }

    private static String checked(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw InvalidInputException.of("text", "chat.error.empty");
        }
        if (t.length() > TEXT_LENGTH) {
            throw InvalidInputException.of("text", "chat.error.too-long");
        }
        return t;
    }
}
