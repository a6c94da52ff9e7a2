package org.kehu.chat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.kehu.shared.Formats;
import org.kehu.shared.cluster.ClusterSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's open Server-Sent Event streams: a customer's stream of their conversation, and an operator's stream
 * of the conversations they took plus the queue. Any node's {@code m:<id>} signal makes this node read the new
 * messages once and push them to its own streams; each stream remembers the last message id it sent per
 * conversation and is sent what follows it, so a message is never skipped or sent twice, even when signals
 * overtake one another. A stream holds no database connection: it reads only when it starts and when a signal
 * comes. Streams end after {@link #TIMEOUT} (the browser reconnects with {@code Last-Event-ID} and gets what it
 * missed), on a failed write, and at shutdown; at most {@link #MAX_STREAMS} on a node and {@link #MAX_PER_KEY} per
 * conversation or operator. Every {@link #BEAT} a comment keeps proxies from closing idle streams and the
 * operators with an open console are marked present in the database, so that every node knows who is online.
 */
@Component
class ChatHub implements DisposableBean {

    static final Duration TIMEOUT = Duration.ofMinutes(10);
    static final Duration BEAT = Duration.ofSeconds(15);
    static final int MAX_STREAMS = 5_000;
    static final int MAX_PER_KEY = 5;

    private static final Logger log = LoggerFactory.getLogger(ChatHub.class);

    /** What a browser receives for each message: plain values, its text set with textContent, never as HTML. */
    record Event(long id, long conversationId, String sender, String author, String text, String at, String status) {

        /** The event of a message; {@code status} the conversation's, or null where the sender does not know it. */
        static Event of(ChatMessage m, String status) {
            return new Event(m.id(), m.conversationId(), m.sender().name(), m.authorName(), m.text(),
                    Formats.time(m.sentAt()), status);
        }
    }

    private final ChatStore store;
    private final ChatTexts texts;
    private final Clock clock;
    private final Map<Long, Deque<Stream>> customers = new ConcurrentHashMap<>();
    private final Map<Long, Deque<Stream>> operators = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final ExecutorService fanOut = Executors.newFixedThreadPool(2, daemon("kehu-chat-fan-out"));
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(daemon("kehu-chat-beat"));

    ChatHub(ChatStore store, ChatTexts texts, Clock clock, ClusterSignals signals) {
        this.store = store;
        this.texts = texts;
        this.clock = clock;
        signals.subscribe(ChatSignals.CHANNEL, payload -> fanOut.execute(() -> received(payload)),
                () -> fanOut.execute(this::catchUpAll));
        beat.scheduleWithFixedDelay(this::beat, BEAT.toSeconds(), BEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The customer's stream of one conversation, starting with what followed message {@code after}. */
    SseEmitter customerStream(long conversationId, long after, Locale locale) {
        Stream s = register(customers, conversationId, new Stream(after, locale, null));
        catchUp(s, conversationId);
        return s.emitter;
    }

    /** The operator's stream: messages of the conversations they took after {@code after}, and queue changes. */
    SseEmitter operatorStream(long operatorId, long after, Locale locale) {
        Stream s = register(operators, operatorId, new Stream(after, locale, operatorId));
        store.seen(List.of(operatorId), clock.instant());
        List<ChatStore.StoredMessage> missed = store.operatorMessagesAfter(operatorId, after);
        missed.stream().map(ChatStore.StoredMessage::conversationId).distinct().forEach(c -> catchUp(s, c));
        return s.emitter;
    }

    /** How many streams this node holds (for the bench and the tests). */
    int openStreams() {
        return open.get();
    }

    private Stream register(Map<Long, Deque<Stream>> streams, long key, Stream s) {
        if (open.incrementAndGet() > MAX_STREAMS) {
            open.decrementAndGet();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many open chat streams");
        }
        Deque<Stream> of = streams.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>());
        of.add(s);
        Runnable remove = () -> {
            s.closed = true;
            if (of.remove(s)) {
                open.decrementAndGet();
                if (s.operatorId != null && of.isEmpty()) {
                    goneQuietly(s.operatorId);
                }
            }
        };
        s.emitter.onCompletion(remove);
        s.emitter.onTimeout(remove);
        s.emitter.onError(e -> remove.run());
        while (of.size() > MAX_PER_KEY) {
            Stream oldest = of.poll();
            if (oldest != null) {
                open.decrementAndGet();
                oldest.emitter.complete();
            }
        }
        return s;
    }

    private void received(String payload) {
        if (ChatSignals.QUEUE.equals(payload)) {
            operators.values().forEach(of -> of.forEach(Stream::queueChanged));
            return;
        }
        long id = ChatSignals.messageId(payload);
        if (id < 0) {
            return;
        }
        var message = store.message(id);
        if (message.isEmpty()) {
            return;
        }
        long conversationId = message.get().conversationId();
        Deque<Stream> ofConversation = customers.get(conversationId);
        if (ofConversation != null) {
            ofConversation.forEach(s -> catchUp(s, conversationId));
        }
        if (!operators.isEmpty()) {
            store.find(conversationId).map(Conversation::operatorId).map(operators::get)
                    .ifPresent(of -> of.forEach(s -> catchUp(s, conversationId)));
        }
    }

    /** After the listening connection was lost: every stream gets what it may have missed, operators the queue. */
    private void catchUpAll() {
        customers.forEach((conversationId, of) -> of.forEach(s -> catchUp(s, conversationId)));
        operators.forEach((operatorId, of) -> of.forEach(s -> {
            store.activeOf(operatorId).forEach(c -> catchUp(s, c.id()));
            s.queueChanged();
        }));
    }

    private void catchUp(Stream s, long conversationId) {
        synchronized (s) {
            if (s.closed) {
                return;
            }
            List<ChatStore.StoredMessage> messages = store.messagesAfter(conversationId, s.lastSent(conversationId));
            if (messages.isEmpty()) {
                return;
            }
            String status = store.find(conversationId).map(c -> c.status().name()).orElse("");
            for (ChatStore.StoredMessage m : messages) {
                s.send(SseEmitter.event().id(Long.toString(m.id())).name("message")
                        .data(Event.of(texts.render(m, s.locale), status), MediaType.APPLICATION_JSON));
                s.sent(conversationId, m.id());
            }
        }
    }

    private void beat() {
        try {
            List<Long> present = new ArrayList<>();
            operators.forEach((operatorId, of) -> {
                if (!of.isEmpty()) {
                    present.add(operatorId);
                }
            });
            store.seen(present, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not mark the operators present: {}", e.toString());
        }
        customers.values().forEach(of -> of.forEach(Stream::ping));
        operators.values().forEach(of -> of.forEach(Stream::ping));
        customers.values().removeIf(Deque::isEmpty);
        operators.values().removeIf(Deque::isEmpty);
    }

    private void goneQuietly(long operatorId) {
        try {
            store.gone(operatorId);
        } catch (RuntimeException e) {
            log.debug("Could not mark operator {} gone", operatorId, e);
        }
    }

    @Override
    public void destroy() {
        beat.shutdownNow();
        fanOut.shutdownNow();
        closeAll();
    }

    /** Ends every stream of this node (at shutdown; tests, whose streams would otherwise keep an operator online). */
    void closeAll() {
        customers.values().forEach(of -> of.forEach(s -> s.emitter.complete()));
        operators.values().forEach(of -> of.forEach(s -> s.emitter.complete()));
        customers.clear();
        operators.clear();
        open.set(0);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** One open stream, and the last message id it sent of each conversation. */
    private static final class Stream {

        final SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        final long after;
        final Locale locale;
        final Long operatorId;
        final Map<Long, Long> lastSent = new ConcurrentHashMap<>();
        volatile boolean closed;

        Stream(long after, Locale locale, Long operatorId) {
            this.after = after;
            this.locale = locale;
            this.operatorId = operatorId;
        }

        long lastSent(long conversationId) {
            return lastSent.getOrDefault(conversationId, after);
        }

        void sent(long conversationId, long id) {
            lastSent.merge(conversationId, id, Math::max);
        }

        synchronized void queueChanged() {
            send(SseEmitter.event().name("queue").data("changed"));
        }

        synchronized void ping() {
            send(SseEmitter.event().comment("beat"));
        }

        /** A failed write ends the stream; the browser reconnects and catches up. */
        synchronized void send(SseEmitter.SseEventBuilder event) {
            if (closed) {
                return;
            }
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException e) {
                closed = true;
                emitter.completeWithError(e);
            }
        }
    }
}
