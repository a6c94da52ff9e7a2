package org.kehu.portal.guestbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

/**
 * The portal's guestbook as customers use it: posting, replying, refusals beside the field, the rate limit, posts
 * hidden by staff, and that one company's contact cannot change another's post. Portal sessions live in the
 * database, so these tests commit and delete what they wrote afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalGuestbookTests extends GuestbookTestSupport {

    long start;
    Cookie buyer;
    Cookie buyer2;

    @BeforeEach
    void signIn() throws Exception {
        idsAbove1000();
        start = maxId();
        buyer = portalLogin("buyer");
        buyer2 = portalLogin("buyer2");
    }

    @AfterEach
    void deleteWhatTheTestWrote() {
        jdbc.sql("delete from portal_guestbook_post where id > ? and thread_id is not null").param(start).update();
        jdbc.sql("delete from portal_guestbook_post where id > ?").param(start).update();
    }

    private long newest() {
        return maxId();
    }

    @Test
    void aPostIsShownToAnotherCustomerEscapedWithItsLineBreaksAndTheAuthorsNameButNoPhone() throws Exception {
        mvc.perform(post("/portal/guestbook").cookie(buyer).with(csrf()).param("text", "  <b>建议</b> 增加夜间客服\r\n第二行  "))
                .andExpect(redirectedUrl("/portal/guestbook"));
        long id = newest();
        assertThat(id).isGreaterThan(1000);
        assertThat(jdbc.sql("select body from portal_guestbook_post where id = ?").param(id).query(String.class).single())
                .isEqualTo("<b>建议</b> 增加夜间客服\n第二行");
        String[] contact = jdbc.sql("""
                select ct.name, coalesce(ct.mobile, ''), coalesce(ct.email, '') from portal_account a
                  join contact ct on ct.id = a.contact_id where a.login = 'buyer'""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        String page = html(get("/portal/guestbook").cookie(buyer2));
        assertThat(page).contains("&lt;b&gt;建议&lt;/b&gt; 增加夜间客服\n第二行").doesNotContain("<b>建议</b>")
                .contains(contact[0]);
        if (!contact[1].isEmpty()) {
            assertThat(page).doesNotContain(contact[1]);
        }
        if (!contact[2].isEmpty()) {
            assertThat(page).doesNotContain(contact[2]);
        }
    }

    @Test
    void aReplyAppearsUnderItsThreadForEveryone() throws Exception {
        long thread = write("buyer", null, "主题：希望延长保修", Instant.now());
        mvc.perform(post("/portal/guestbook/" + thread + "/reply").cookie(buyer2).with(csrf()).param("text", "我们也希望延长保修"))
                .andExpect(redirectedUrl("/portal/guestbook#thread-" + thread));
        assertThat(jdbc.sql("select thread_id from portal_guestbook_post where id = ?").param(newest()).query(Long.class).single())
                .isEqualTo(thread);
        String page = html(get("/portal/guestbook").cookie(buyer));
        assertThat(page.indexOf("我们也希望延长保修")).isGreaterThan(page.indexOf("主题：希望延长保修"));
    }

    @Test
    void anEmptyOrTooLongPostIsRefusedBesideTheFieldAndNothingIsStored() throws Exception {
        mvc.perform(post("/portal/guestbook").cookie(buyer).with(csrf()).param("text", "   ").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("guestbook-text-error")
                        .contains("Please enter a text."));
        mvc.perform(post("/portal/guestbook").cookie(buyer).with(csrf()).param("text", "长".repeat(2001)))
                .andExpect(status().isBadRequest());
        long thread = write("buyer", null, "回复校验主题", Instant.now());
        mvc.perform(post("/portal/guestbook/" + thread + "/reply").cookie(buyer2).with(csrf()).param("text", ""))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("reply-error-" + thread));
        mvc.perform(post("/portal/guestbook/999999999/reply").cookie(buyer2).with(csrf()).param("text", "无此主题"))
                .andExpect(status().isNotFound());
        assertThat(newest()).isEqualTo(thread);
    }

    @Test
    void theSixthPostWithinTenMinutesIsRefusedUntilTheWindowHasPassed() throws Exception {
        for (int i = 1; i <= 5; i++) {
            mvc.perform(post("/portal/guestbook").cookie(buyer).with(csrf()).param("text", "限流测试 " + i))
                    .andExpect(redirectedUrl("/portal/guestbook"));
        }
        mvc.perform(post("/portal/guestbook").cookie(buyer).with(csrf()).param("text", "限流测试 6").param("lang", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("You have written 5 posts"));
        // Another account is not held back by buyer's posts.
        mvc.perform(post("/portal/guestbook").cookie(buyer2).with(csrf()).param("text", "另一个账号"))
                .andExpect(redirectedUrl("/portal/guestbook"));
        jdbc.sql("update portal_guestbook_post set created_at = created_at - interval '11 minutes' where id > ?")
                .param(start).update();
        mvc.perform(post("/portal/guestbook").cookie(buyer).with(csrf()).param("text", "限流测试 7"))
                .andExpect(redirectedUrl("/portal/guestbook"));
    }

    @Test
    void aHiddenPostVanishesForOtherCustomersAndItsAuthorSeesHiddenByStaff() throws Exception {
        long thread = write("buyer", null, "将被隐藏的留言", Instant.now());
        long reply = write("buyer2", thread, "隐藏主题下的回复", Instant.now());
        mvc.perform(post("/api/v1/guestbook/" + thread + "/hide").with(as("service")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"与产品无关\"}"))
                .andExpect(status().isOk());
        String mine = html(get("/portal/guestbook").cookie(buyer).param("lang", "en"));
        assertThat(mine).contains("将被隐藏的留言").contains("id=\"hidden-" + thread + "\"").contains("Hidden by staff")
                .contains("与产品无关");
        String theirs = html(get("/portal/guestbook").cookie(buyer2));
        assertThat(theirs).doesNotContain("将被隐藏的留言").doesNotContain("隐藏主题下的回复");
        mvc.perform(post("/portal/guestbook/" + thread + "/reply").cookie(buyer2).with(csrf()).param("text", "还能回复吗"))
                .andExpect(status().isNotFound());
        assertThat(statusOf(reply)).isEqualTo("VISIBLE");
    }

    @Test
    void buyer2CannotEditOrDeleteBuyersPost() throws Exception {
        long id = write("buyer", null, "buyer 的留言", Instant.now());
        mvc.perform(get("/portal/guestbook/" + id + "/edit").cookie(buyer2)).andExpect(status().isNotFound());
        mvc.perform(post("/portal/guestbook/" + id + "/edit").cookie(buyer2).with(csrf()).param("text", "篡改"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/guestbook/" + id + "/delete").cookie(buyer2).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select body || '/' || status from portal_guestbook_post where id = ?").param(id)
                .query(String.class).single()).isEqualTo("buyer 的留言/VISIBLE");
        assertThat(html(get("/portal/guestbook").cookie(buyer2))).doesNotContain("id=\"edit-" + id + "\"");
        assertThat(html(get("/portal/guestbook").cookie(buyer))).contains("id=\"edit-" + id + "\"");
    }

    @Test
    void theAuthorEditsAndDeletesTheirPostOnlyWithinHalfAnHour() throws Exception {
        long id = write("buyer", null, "初稿", Instant.now());
        mvc.perform(post("/portal/guestbook/" + id + "/edit").cookie(buyer).with(csrf()).param("text", "修改稿").param("version", "0"))
                .andExpect(redirectedUrl("/portal/guestbook"));
        assertThat(jdbc.sql("select body from portal_guestbook_post where id = ?").param(id).query(String.class).single())
                .isEqualTo("修改稿");
        mvc.perform(post("/portal/guestbook/" + id + "/edit").cookie(buyer).with(csrf()).param("text", "旧版本").param("version", "0"))
                .andExpect(status().isConflict());
        long old = write("buyer", null, "一小时前的留言", Instant.now().minus(1, ChronoUnit.HOURS));
        mvc.perform(post("/portal/guestbook/" + old + "/edit").cookie(buyer).with(csrf()).param("text", "太晚了").param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("within 30 minutes"));
        mvc.perform(post("/portal/guestbook/" + id + "/delete").cookie(buyer).with(csrf()))
                .andExpect(redirectedUrl("/portal/guestbook"));
        assertThat(statusOf(id)).isEqualTo("DELETED");
        assertThat(html(get("/portal/guestbook").cookie(buyer2))).doesNotContain("修改稿");
    }

    @Test
    void theGuestbookIsForSignedInCustomersOnlyAndOpensNoStaffPage() throws Exception {
        mvc.perform(get("/portal/guestbook")).andExpect(redirectedUrl("/portal/login"));
        mvc.perform(post("/portal/guestbook").with(csrf()).param("text", "匿名")).andExpect(redirectedUrl("/portal/login"));
        for (String page : List.of("/guestbook", "/guestbook/expired")) {
            mvc.perform(get(page).cookie(buyer)).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/api/v1/guestbook").cookie(buyer).accept("application/json")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/guestbook/1/hide").cookie(buyer).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"x\"}")).andExpect(status().isUnauthorized());
        assertThat(newest()).isEqualTo(start);
    }
}
