package org.kehu.chat;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns stored messages into what a reader sees. A system message is stored as its sentence's key and one
 * argument ({@code chat.system.ticketed|T202612070001}), so that each reader gets it in their own language.
 */
@Component
class ChatTexts {

    private static final char SEPARATOR = '|';

    private final MessageSource messages;

    ChatTexts(MessageSource messages) {
        this.messages = messages;
    }

    static String system(String key, String argument) {
        return argument == null ? key : key + SEPARATOR + argument;
    }

    ChatMessage render(ChatStore.StoredMessage m, Locale locale) {
        String text = m.body();
        if (m.sender() == Sender.SYSTEM) {
            int bar = text.indexOf(SEPARATOR);
            String key = bar < 0 ? text : text.substring(0, bar);
            Object[] args = bar < 0 ? new Object[0] : new Object[] {text.substring(bar + 1)};
            text = messages.getMessage(key, args, key, locale);
        }
        return new ChatMessage(m.id(), m.conversationId(), m.sender(), m.authorName(), text, m.sentAt());
    }
}
