package org.kehu.portal.guestbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guestbook moderation by staff over the API and the pages: the list and its filters, hiding with a reason,
 * answering as staff, the suggestion ticket, the bulk deletion of expired posts, and who may do any of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class GuestbookModerationTests extends GuestbookTestSupport {

    @BeforeEach
    void largeIds() {
        idsAbove1000();
    }

    private static final MediaType JSON = MediaType.APPLICATION_JSON;

    @Test
    void theApiListsPostsNewestFirstFiltersThemAndPagesByKeyset() throws Exception {
        long first = write("buyer", null, "筛选测试：刀具寿命", Instant.now());
        long second = write("buyer2", first, "筛选测试：回复", Instant.now());
        long hidden = write("buyer2", null, "筛选测试：隐藏", Instant.now());
        jdbc.sql("update portal_guestbook_post set status = 'HIDDEN', hidden_reason = '广告' where id = ?").param(hidden).update();
        mvc.perform(get("/api/v1/guestbook").param("q", "筛选测试").param("size", "2").with(as("service")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(hidden))
                .andExpect(jsonPath("$.items[1].id").value(second))
                .andExpect(jsonPath("$.items[1].threadId").value(first))
                .andExpect(jsonPath("$.hasNext").value(true));
        String next = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/guestbook").param("q", "筛选测试")
                .param("size", "2").with(as("service"))).andReturn().getResponse().getContentAsString(), "$.next");
        mvc.perform(get("/api/v1/guestbook").param("q", "筛选测试").param("size", "2").param("after", next).with(as("service")))
                .andExpect(jsonPath("$.items[0].id").value(first)).andExpect(jsonPath("$.hasNext").value(false));
        mvc.perform(get("/api/v1/guestbook").param("status", "HIDDEN").param("q", "筛选测试").with(as("marketing")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) hidden)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) first))));
        mvc.perform(get("/api/v1/guestbook").param("from", "2000-01-01").param("to", "2000-12-31").param("q", "筛选测试")
                .with(as("service"))).andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/guestbook").param("status", "GONE").with(as("service")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/guestbook").param("after", "garbage").with(as("service"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/guestbook").param("from", "2026-05-01").param("to", "2026-04-01").with(as("service")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void hidingNeedsAReasonAndEachStepIsOpenOnlyInItsStatus() throws Exception {
        long id = write("buyer", null, "待审留言", Instant.now());
        mvc.perform(post("/api/v1/guestbook/" + id + "/hide").with(as("service")).with(csrf()).contentType(JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
        mvc.perform(post("/api/v1/guestbook/" + id + "/hide").with(as("service")).with(csrf()).contentType(JSON)
                .content("{\"reason\":\"" + "长".repeat(501) + "\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/guestbook/" + id + "/hide").with(as("service")).with(csrf()).contentType(JSON)
                .content("{\"reason\":\"不文明用语\",\"version\":3}")).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/guestbook/" + id + "/hide").with(as("service")).with(csrf()).contentType(JSON)
                .content("{\"reason\":\"不文明用语\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HIDDEN"))
                .andExpect(jsonPath("$.hiddenReason").value("不文明用语")).andExpect(jsonPath("$.moderatedBy").value("赵丽"));
        mvc.perform(post("/api/v1/guestbook/" + id + "/hide").with(as("service")).with(csrf()).contentType(JSON)
                .content("{\"reason\":\"再次\"}")).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/guestbook/" + id + "/unhide").with(as("service")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VISIBLE"))
                .andExpect(jsonPath("$.hiddenReason").doesNotExist());
        mvc.perform(post("/api/v1/guestbook/" + id + "/delete").with(as("service")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DELETED"));
        mvc.perform(post("/api/v1/guestbook/999999999/hide").with(as("service")).with(csrf()).contentType(JSON)
                .content("{\"reason\":\"x\"}")).andExpect(status().isNotFound());
    }

    @Test
    void theHidePageShowsTheMissingReasonBesideTheField() throws Exception {
        long id = write("buyer", null, "页面隐藏", Instant.now());
        mvc.perform(post("/guestbook/" + id + "/hide").with(as("service")).with(csrf()).param("reason", "").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("hide-error-" + id)
                        .contains("Please enter a text."));
        mvc.perform(post("/guestbook/" + id + "/hide").with(as("service")).with(csrf()).param("reason", "重复留言"))
                .andExpect(redirectedUrl("/guestbook/" + id + "#post-" + id));
        assertThat(statusOf(id)).isEqualTo("HIDDEN");
    }

    @Test
    void staffAnswerAThreadAndTheAnswerIsShownAsStaff() throws Exception {
        long thread = write("buyer", null, "需要培训资料", Instant.now());
        long reply = write("buyer2", thread, "同求", Instant.now());
        mvc.perform(post("/api/v1/guestbook/" + reply + "/answer").with(as("service")).with(csrf()).contentType(JSON)
                .content("{\"text\":\"培训资料已上传到帮助页面。\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.staff").value(true))
                .andExpect(jsonPath("$.threadId").value(thread)).andExpect(jsonPath("$.authorName").value("赵丽"));
        mvc.perform(post("/api/v1/guestbook/" + thread + "/answer").with(as("service")).with(csrf()).contentType(JSON)
                .content("{}")).andExpect(status().isBadRequest());
        String page = html(get("/guestbook/" + thread).with(as("service")).param("lang", "en"));
        assertThat(page).contains("培训资料已上传到帮助页面。").contains("Staff");
    }

    @Test
    void aPostBecomesASuggestionTicketOfItsCustomerLinkedBothWays() throws Exception {
        long id = write("buyer", null, "建议增加设备远程诊断功能\n这样可以减少上门次数", Instant.now());
        mvc.perform(post("/api/v1/guestbook/" + id + "/ticket").with(as("service")).with(csrf()).contentType(JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("categoryCode")));
        long department = jdbc.sql("select id from department where code = 'SERVICE'").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/guestbook/" + id + "/ticket").with(as("service")).with(csrf()).contentType(JSON)
                .content("{\"categoryCode\":\"PRODUCT\",\"departmentId\":" + department + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long ticket = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        record Row(String typeCode, String channel, long customerId, Long contactId, String subject) {
        }
        Row row = jdbc.sql("select type_code, channel, customer_id, contact_id, subject from ticket where id = ?").param(ticket)
                .query(Row.class).single();
        long[] account = jdbc.sql("select customer_id, contact_id from portal_account where login = 'buyer'")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        assertThat(row).isEqualTo(new Row("SUGGESTION", "PORTAL", account[0], account[1], "建议增加设备远程诊断功能"));
        assertThat(jdbc.sql("select ticket_id from portal_guestbook_post where id = ?").param(id).query(Long.class).single())
                .isEqualTo(ticket);
        mvc.perform(post("/api/v1/guestbook/" + id + "/ticket").with(as("service")).with(csrf()).contentType(JSON)
                .content("{\"categoryCode\":\"PRODUCT\",\"departmentId\":" + department + "}")).andExpect(status().isConflict());
        assertThat(html(get("/guestbook/" + id).with(as("service")))).contains("id=\"ticket-" + id + "\"")
                .contains("/tickets/" + ticket);
        assertThat(html(get("/guestbook/tickets/" + ticket + "/card").with(as("service"))))
                .contains("guestbook-post-link-" + id);
        assertThat(html(get("/tickets/" + ticket).with(as("service")))).contains("/guestbook/tickets/" + ticket + "/card");
    }

    @Test
    void expiredPostsAreDeletedAfterAConfirmationThatCountsThem() throws Exception {
        long expired = jdbc.sql("""
                select count(*) from portal_guestbook_post where created_at < now() - interval '365 days' and status <> 'DELETED'""")
                .query(Long.class).single();
        long old = write("buyer", null, "两年前的留言", Instant.now().minus(730, ChronoUnit.DAYS));
        long recent = write("buyer", null, "昨天的留言", Instant.now().minus(1, ChronoUnit.DAYS));
        assertThat(html(get("/guestbook/expired").with(as("servicelead")).param("lang", "en")))
                .contains((expired + 1) + " posts are older than 365 days");
        mvc.perform(post("/guestbook/expired").with(as("servicelead")).with(csrf())).andExpect(redirectedUrl("/guestbook"));
        assertThat(statusOf(old)).isEqualTo("DELETED");
        assertThat(statusOf(recent)).isEqualTo("VISIBLE");
        assertThat(html(get("/guestbook").with(as("servicelead")).param("lang", "en"))).contains("Delete expired posts (0)");
    }

    @Test
    void staffWithoutThePermissionGetNothing() throws Exception {
        long id = write("buyer", null, "无权限测试", Instant.now());
        for (String who : new String[] {"manager", "executive"}) {
            mvc.perform(get("/api/v1/guestbook").with(as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/guestbook/" + id + "/hide").with(as(who)).with(csrf()).contentType(JSON)
                    .content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
            mvc.perform(get("/guestbook").with(as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/guestbook/expired").with(as(who)).with(csrf())).andExpect(status().isForbidden());
            assertThat(html(get("/").with(as(who)))).doesNotContain("menu-guestbook");
        }
        assertThat(statusOf(id)).isEqualTo("VISIBLE");
        assertThat(html(get("/").with(as("marketing")))).contains("menu-guestbook");
    }

    @Test
    void theRoleEditorOffersTheModerationPermission() throws Exception {
        long role = jdbc.sql("select id from role where code = 'SERVICE_STAFF'").query(Long.class).single();
        String page = html(get("/admin/roles/" + role).with(as("admin")).param("lang", "en"));
        int box = page.indexOf("id=\"perm-guestbook-moderate\"");
        assertThat(box).isPositive();
        assertThat(page.substring(page.lastIndexOf("<input", box), page.indexOf(">", box))).contains("checked");
        assertThat(page).contains(">Guestbook<");
    }
}
