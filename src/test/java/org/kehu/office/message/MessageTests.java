package org.kehu.office.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Internal messages: only their sender and recipients see them; unread counts; replies in the same conversation. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MessageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    /** Ids past the first 127, so that nothing depends on an id fitting in a byte (a sequence is not rolled back). */
    @BeforeEach
    void idsPastTheFirst() {
        jdbc.sql("select setval(pg_get_serial_sequence('internal_message', 'id'), greatest(1000, (select coalesce(max(id), 0) from internal_message)))")
                .query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private long unread(String username) throws Exception {
        return Long.parseLong(mvc.perform(get("/api/v1/messages/unread-count").with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode send(String username, String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/messages").with(as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aMessageIsSeenByItsSenderAndRecipientsOnlyAndAnotherUserGetsNotFound() throws Exception {
        long id = send("manager", """
                {"recipientIds":[%d],"subject":"客户交接","body":"周五前交接完"}""".formatted(userId("manager2")))
                .get("id").asLong();
        assertThat(id).isGreaterThan(127);

        mvc.perform(get("/api/v1/messages/" + id).with(as("manager2"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.senderId").value(userId("manager")));
        mvc.perform(get("/api/v1/messages/" + id).with(as("manager"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/messages").param("box", "sent").with(as("manager")))
                .andExpect(jsonPath("$.items[0].id").value(id));
        for (String outsider : new String[] {"director", "admin"}) {
            mvc.perform(get("/api/v1/messages/" + id).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/messages/" + id).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/messages/" + id + "/read").with(as(outsider)).with(csrf()))
                    .andExpect(status().isNotFound());
            // Nor may they answer it: a reply to a message one cannot see is refused like an unknown one.
            mvc.perform(post("/api/v1/messages").with(as(outsider)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"replyToId\":%d,\"body\":\"我也看看\"}".formatted(id)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("replyToId"));
        }
    }

    @Test
    void theRecipientSeesTheUnreadCountOpensRepliesAndTheSenderSeesTheReplyInTheConversation() throws Exception {
        long before = unread("manager2");
        long id = send("manager", """
                {"recipientIds":[%d, %d],"subject":"样品寄送","body":"样品明天寄出，请留意。"}"""
                .formatted(userId("manager2"), userId("service"))).get("id").asLong();
        assertThat(unread("manager2")).isEqualTo(before + 1);
        mvc.perform(get("/messages/badge").with(as("manager2")))
                .andExpect(content().string(containsString(String.valueOf(before + 1))));
        mvc.perform(get("/api/v1/messages").with(as("manager2")))
                .andExpect(jsonPath("$.items[0].id").value(id)).andExpect(jsonPath("$.items[0].readAt").isEmpty());

        mvc.perform(get("/messages/" + id).with(as("manager2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("样品明天寄出")));
        assertThat(unread("manager2")).isEqualTo(before);

        long managerBefore = unread("manager");
        JsonNode reply = send("manager2", "{\"replyToId\":%d,\"body\":\"收到，谢谢！\"}".formatted(id));
        assertThat(reply.get("subject").asString()).isEqualTo("Re: 样品寄送");
        assertThat(reply.get("threadId").asLong()).isEqualTo(id);
        assertThat(reply.get("recipients").size()).isEqualTo(1);
        assertThat(reply.get("recipients").get(0).get("id").asLong()).isEqualTo(userId("manager"));
        assertThat(unread("manager")).isEqualTo(managerBefore + 1);

        // The sender opens their own message and reads the whole conversation, the reply included.
        mvc.perform(get("/messages/" + id).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("收到，谢谢！")));
        assertThat(unread("manager")).isEqualTo(managerBefore);
        // The other recipient was not part of the reply: they see only the first message.
        mvc.perform(get("/messages/" + id).with(as("service"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("收到，谢谢！"))));
        // The sender sees who has read it.
        mvc.perform(get("/api/v1/messages/" + id).with(as("manager")))
                .andExpect(jsonPath("$.recipients[?(@.id == " + userId("manager2") + ")].readAt").value(hasItem(org.hamcrest.Matchers.notNullValue())));
    }

    @Test
    void aReplyFromThePageGoesBackToTheSender() throws Exception {
        long id = send("director", """
                {"recipientIds":[%d],"subject":"周会","body":"明早九点周会"}""".formatted(userId("manager"))).get("id").asLong();
        mvc.perform(post("/messages/" + id + "/reply").with(as("manager")).with(csrf()).param("body", "好的，准时到"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/messages").with(as("director")))
                .andExpect(jsonPath("$.items[0].subject").value("Re: 周会"))
                .andExpect(jsonPath("$.items[0].replyToId").value(id));
        // An empty reply is shown again with the message beside the field.
        mvc.perform(post("/messages/" + id + "/reply").with(as("manager")).with(csrf()).param("body", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请输入正文。")));
    }

    @Test
    void refusesInvalidInputNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/messages").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipientIds\":[],\"subject\":\" \",\"body\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("recipientIds", "subject", "body")));
        mvc.perform(post("/api/v1/messages").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipientIds\":[987654321],\"subject\":\"无此人\",\"body\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recipientIds"));
        mvc.perform(get("/api/v1/messages").param("box", "trash").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("box"));
        mvc.perform(get("/api/v1/messages").param("after", "bogus").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("after"));
        mvc.perform(post("/messages").with(as("manager")).with(csrf()).param("subject", "无收件人").param("body", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请至少选择一位收件人。")));
        assertThat(jdbc.sql("select count(*) from internal_message where subject in ('无此人', '无收件人')")
                .query(Long.class).single()).isZero();
    }
}
