package org.kehu.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rules of the live Q&A as the customer and the operator notice them: told at once when nobody is online and
 * given a ticket; answered live when someone is; a question nobody takes in time becomes a ticket; empty and
 * overlong messages refused; another company's contact gets 404 for everything of a conversation; the console
 * closed to portal users and to staff without chat.answer; a transcript only within the data scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LiveChatTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LiveChat chat;
    @Autowired
    ChatHub hub;

    private long conversationsBefore;
    private long ticketsBefore;

    @BeforeEach
    void remember() {
        conversationsBefore = jdbc.sql("select coalesce(max(id), 0) from chat_conversation").query(Long.class).single();
        ticketsBefore = jdbc.sql("select coalesce(max(id), 0) from ticket").query(Long.class).single();
        jdbc.sql("delete from chat_operator_presence").update();
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        hub.closeAll();
        jdbc.sql("delete from chat_operator_presence").update();
        jdbc.sql("delete from chat_conversation where id > :id").param("id", conversationsBefore).update();
        jdbc.sql("delete from ticket_step where ticket_id > :id").param("id", ticketsBefore).update();
        jdbc.sql("delete from ticket where id > :id").param("id", ticketsBefore).update();
    }

    @Test
    void withNobodyOnlineTheCustomerIsToldSoAtOnceAndTheQuestionBecomesAPortalTicket() throws Exception {
        Cookie buyer = portalLogin("buyer");
        mvc.perform(get("/portal/chat").cookie(buyer).param("lang", "en"))
                .andExpect(content().string(containsString("No operator is online right now")));
        mvc.perform(post("/portal/chat").cookie(buyer).with(csrf()).param("text", "Where is my gearbox?"))
                .andExpect(redirectedUrl("/portal/chat"));
        Conversation c = newest();
        assertThat(c.status()).isEqualTo(ConversationStatus.TICKETED);
        assertThat(c.id()).isGreaterThan(conversationsBefore);
        var ticket = jdbc.sql("select channel, type_code, subject, content from ticket where id = :id").param("id", c.ticketId())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).single();
        assertThat(ticket[0]).isEqualTo("PORTAL");
        assertThat(ticket[1]).isEqualTo("CONSULTATION");
        assertThat(ticket[2]).isEqualTo("Where is my gearbox?");
        assertThat(ticket[3]).contains("Where is my gearbox?");
        mvc.perform(get("/portal/chat/" + c.id()).cookie(buyer).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("your question is now service ticket " + c.ticketNumber())));
    }

    @Test
    void withAnOperatorOnlineTheyTakeTheQuestionAndBothSidesTalk() throws Exception {
        Cookie service = staffLogin("service");
        mvc.perform(get("/chat").cookie(service).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("chat-queue")));
        markOnline("service");
        Cookie buyer = portalLogin("buyer");
        mvc.perform(get("/portal/chat").cookie(buyer).param("lang", "en"))
                .andExpect(content().string(containsString("An operator is online")));
        mvc.perform(post("/portal/chat").cookie(buyer).with(csrf()).param("text", "Is the blue model in stock?"));
        Conversation c = newest();
        assertThat(c.status()).isEqualTo(ConversationStatus.WAITING);

        mvc.perform(get("/chat/queue").cookie(service)).andExpect(content().string(containsString("chat-take-" + c.id())));
        mvc.perform(post("/chat/conversations/" + c.id() + "/take").cookie(service).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Is the blue model in stock?")));
        mvc.perform(post("/chat/conversations/" + c.id() + "/messages").cookie(service).with(csrf())
                .param("text", "Yes, 40 pieces.")).andExpect(status().isOk()).andExpect(jsonPath("$.sender").value("STAFF"));
        mvc.perform(post("/portal/chat/" + c.id() + "/messages").cookie(buyer).with(csrf()).param("text", "Thanks!"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value("Thanks!"));
        mvc.perform(get("/portal/chat").cookie(buyer)).andExpect(content().string(containsString("Yes, 40 pieces.")));

        // A second operator can neither take it nor answer in it.
        Cookie lead = staffLogin("servicelead");
        mvc.perform(post("/chat/conversations/" + c.id() + "/take").cookie(lead).with(csrf()).param("lang", "en"))
                .andExpect(content().string(containsString("Another operator has already taken")));
        mvc.perform(post("/chat/conversations/" + c.id() + "/messages").cookie(lead).with(csrf()).param("text", "Hi"))
                .andExpect(status().isConflict());

        mvc.perform(post("/portal/chat/" + c.id() + "/close").cookie(buyer).with(csrf())).andExpect(redirectedUrl("/portal/chat"));
        assertThat(newest().status()).isEqualTo(ConversationStatus.CLOSED);
        mvc.perform(post("/portal/chat/" + c.id() + "/messages").cookie(buyer).with(csrf()).param("text", "One more"))
                .andExpect(status().isConflict());
    }

    @Test
    void aQuestionNobodyTakesInTimeBecomesATicket() throws Exception {
        markOnline("service");
        Cookie buyer = portalLogin("buyer");
        mvc.perform(post("/portal/chat").cookie(buyer).with(csrf()).param("text", "Anyone there?"));
        Conversation c = newest();
        assertThat(c.status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(chat.ticketUnanswered()).isZero();
        jdbc.sql("update chat_conversation set started_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)))).param("id", c.id()).update();
        assertThat(chat.ticketUnanswered()).isEqualTo(1);
        Conversation after = newest();
        assertThat(after.status()).isEqualTo(ConversationStatus.TICKETED);
        assertThat(after.ticketNumber()).isNotBlank();
    }

    @Test
    void emptyAndOverlongMessagesAreRefusedBesideTheField() throws Exception {
        markOnline("service");
        Cookie buyer = portalLogin("buyer");
        mvc.perform(post("/portal/chat").cookie(buyer).with(csrf()).param("text", "   ")).andExpect(redirectedUrl("/portal/chat"));
        assertThat(jdbc.sql("select count(*) from chat_conversation where id > :id").param("id", conversationsBefore)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/portal/chat").cookie(buyer).with(csrf()).param("text", "Hello"));
        long id = newest().id();
        mvc.perform(post("/portal/chat/" + id + "/messages").cookie(buyer).with(csrf()).param("text", "").param("lang", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Please type a message."));
        mvc.perform(post("/portal/chat/" + id + "/messages").cookie(buyer).with(csrf()).param("text", "x".repeat(2001)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("text"));
        mvc.perform(post("/portal/chat/" + id + "/messages").cookie(buyer).with(csrf()).param("text", "x".repeat(2000)))
                .andExpect(status().isOk());
    }

    @Test
    void anotherCompanysContactGetsNotFoundForEverythingOfTheConversation() throws Exception {
        markOnline("service");
        Cookie buyer = portalLogin("buyer");
        mvc.perform(post("/portal/chat").cookie(buyer).with(csrf()).param("text", "Private question"));
        long id = newest().id();
        Cookie buyer2 = portalLogin("buyer2");
        mvc.perform(get("/portal/chat/" + id).cookie(buyer2)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/chat/" + id + "/stream").cookie(buyer2)).andExpect(status().isNotFound());
        mvc.perform(post("/portal/chat/" + id + "/messages").cookie(buyer2).with(csrf()).param("text", "Hi"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/chat/" + id + "/close").cookie(buyer2).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/portal/chat").cookie(buyer2)).andExpect(content().string(not(containsString("Private question"))));
        assertThat(newest().status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(jdbc.sql("select count(*) from chat_message where conversation_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theConsoleIsClosedToPortalUsersAndToStaffWithoutChatAnswer() throws Exception {
        Cookie buyer = portalLogin("buyer");
        for (String page : new String[] {"/chat", "/chat/history", "/chat/queue", "/chat/stream"}) {
            mvc.perform(get(page).cookie(buyer)).andExpect(redirectedUrl("/login"));
        }
        Cookie manager = staffLogin("manager");
        mvc.perform(get("/chat").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/chat/history").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/chat/stream").cookie(manager)).andExpect(status().isForbidden());
    }

    @Test
    void aTranscriptIsReadWithinTheCustomersScopeOnly() throws Exception {
        long buyersConversation = jdbc.sql("""
                select v.id from chat_conversation v join portal_account a on a.contact_id = v.contact_id
                 where a.login = 'buyer' order by v.id limit 1""").query(Long.class).single();
        long buyer2sConversation = jdbc.sql("""
                select v.id from chat_conversation v join portal_account a on a.contact_id = v.contact_id
                 where a.login = 'buyer2' order by v.id limit 1""").query(Long.class).single();
        Cookie manager = staffLogin("manager");
        mvc.perform(get("/chat/conversations/" + buyersConversation).cookie(manager)).andExpect(status().isOk());
        mvc.perform(get("/chat/conversations/" + buyer2sConversation).cookie(manager)).andExpect(status().isNotFound());
        Cookie manager2 = staffLogin("manager2");
        mvc.perform(get("/chat/conversations/" + buyersConversation).cookie(manager2)).andExpect(status().isNotFound());
        mvc.perform(get("/chat/conversations/" + buyer2sConversation).cookie(manager2)).andExpect(status().isOk());
        // The service staff see every customer: the history lists both.
        Cookie service = staffLogin("service");
        mvc.perform(get("/chat/history").cookie(service)).andExpect(status().isOk())
                .andExpect(content().string(containsString("chat-history-" + buyersConversation)))
                .andExpect(content().string(containsString("chat-history-" + buyer2sConversation)));
        mvc.perform(get("/chat/history").cookie(service).param("from", "1800-01-01")).andExpect(status().isBadRequest());
        mvc.perform(get("/chat/history").cookie(service).param("after", "not-a-cursor")).andExpect(status().isBadRequest());
    }

    @Test
    void theStreamResumesAfterTheLastEventIdAndPushesNewMessages() throws Exception {
        markOnline("service");
        Cookie buyer = portalLogin("buyer");
        mvc.perform(post("/portal/chat").cookie(buyer).with(csrf()).param("text", "First question"));
        long id = newest().id();
        long first = jdbc.sql("select min(id) from chat_message where conversation_id = :id").param("id", id).query(Long.class).single();
        mvc.perform(post("/portal/chat/" + id + "/messages").cookie(buyer).with(csrf()).param("text", "Second question"));

        var stream = mvc.perform(get("/portal/chat/" + id + "/stream").cookie(buyer).header("Last-Event-ID", Long.toString(first)))
                .andExpect(request().asyncStarted()).andReturn();
        MockHttpServletResponse response = stream.getResponse();
        assertThat(response.getContentAsString()).contains("Second question").doesNotContain("First question");

        mvc.perform(post("/portal/chat/" + id + "/messages").cookie(buyer).with(csrf()).param("text", "Third question"));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!response.getContentAsString().contains("Third question") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(response.getContentAsString()).contains("Third question");
        assertThat(response.getContentAsString().split("Second question", -1)).hasSize(2);
    }

    private Conversation newest() {
        long id = jdbc.sql("select max(id) from chat_conversation").query(Long.class).single();
        return chat.find(id);
    }

    private void markOnline(String username) {
        jdbc.sql("""
                insert into chat_operator_presence(user_id, seen_at) select id, now() from app_user where username = :u
                on conflict (user_id) do update set seen_at = now()""").param("u", username).update();
    }

    private Cookie portalLogin(String login) throws Exception {
        var result = mvc.perform(formLogin("/portal/login").user(login).password("demo123")).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    private Cookie staffLogin(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo123")).andReturn().getResponse().getCookie("SESSION");
    }
}
