package org.kehu.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.kehu.shared.InvalidInputException;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OutboxPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Mailer mailer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void withoutSmtpMailStaysInTheOutboxAndIsReadableThere() throws Exception {
        long id = mailer.send("kunde@example.cn", "发件箱测试", "<p>你好 <b>客户</b></p>", "你好 客户");
        assertThat(jdbc.sql("select status from mail_message where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("OUTBOX");
        mvc.perform(get("/admin/outbox").with(user(accounts.loadUserByUsername("servicelead"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"mail-row-" + id + "\"")))
                .andExpect(content().string(containsString("未配置 SMTP")));
        mvc.perform(get("/admin/outbox/" + id).with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("你好 客户")))
                .andExpect(content().string(containsString("sandbox=\"\"")));
    }

    @Test
    void outboxIsOnlyForThoseWhoMayReadMail() throws Exception {
        mvc.perform(get("/admin/outbox").with(user(accounts.loadUserByUsername("service")))).andExpect(status().isForbidden());
    }

    @Test
    void refusesAnAddressThatIsNoAddress() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mailer.send("not an address", "x", "x", "x"))
                .isInstanceOf(InvalidInputException.class);
    }
}
