package org.kehu.portal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.portal.PortalUser;
import org.kehu.support.TicketDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's service pages as buyer uses them: the list, opening a ticket (every field checked beside it, a refused
 * file saves nothing), writing to staff, staff's answer, and the feedback given once. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PortalTicketPagesTests extends PortalTicketTestSupport {

    @BeforeEach
    void largeIds() {
        idsAbove1000("ticket");
        idsAbove1000("ticket_message");
        idsAbove1000("ticket_attachment");
    }

    private long ticketCount() {
        return jdbc.sql("select count(*) from ticket").query(Long.class).single();
    }

    @Test
    void theListShowsTheContactsOwnTicketsOrTheWholeCompanysOpenOrClosedWithTheStatusInWords() throws Exception {
        TicketDetails mine = open("buyer", "CONSULTATION", "我的列表测试工单");
        // a ticket of the company that is not this contact's (staff took it on the phone, naming no contact)
        TicketDetails colleagues = open("buyer", "SUGGESTION", "同事的列表测试工单");
        jdbc.sql("update ticket set contact_id = null where id = ?").param(colleagues.id()).update();
        assertThat(mine.id()).isGreaterThan(1000);

        String own = html(get("/portal/tickets").param("lang", "en").with(portal("buyer")));
        assertThat(own).contains("我的列表测试工单", "Received").doesNotContain("同事的列表测试工单");
        String company = html(get("/portal/tickets").param("whose", "COMPANY").param("lang", "en").with(portal("buyer")));
        assertThat(company).contains("我的列表测试工单", "同事的列表测试工单");
        String closed = html(get("/portal/tickets").param("show", "CLOSED").param("whose", "COMPANY").with(portal("buyer")));
        assertThat(closed).doesNotContain("我的列表测试工单", "同事的列表测试工单");
        String other = html(get("/portal/tickets").param("whose", "COMPANY").with(portal("buyer2")));
        assertThat(other).doesNotContain("我的列表测试工单", "同事的列表测试工单");
    }

    @Test
    void aTicketOpenedWithAPhotoArrivesThroughChannelPortalWithItsFile() throws Exception {
        var result = mvc.perform(multipart("/portal/tickets/new")
                .file(new MockMultipartFile("files", "fault.png", "image/png", png()))
                .param("typeCode", "REPAIR").param("subject", "门户开单测试：主轴异响").param("content", "高速时异响")
                .with(portal("buyer")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String number = result.getResponse().getRedirectedUrl().replace("/portal/tickets/", "");
        assertThat(jdbc.sql("select channel || '/' || type_code || '/' || status || '/' || (created_by is null) from ticket where number = ?")
                .param(number).query(String.class).single()).isEqualTo("PORTAL/REPAIR/CREATED/true");
        assertThat(jdbc.sql("select filename || ' ' || content_type from ticket_attachment a join ticket t on t.id = a.ticket_id where t.number = ?")
                .param(number).query(String.class).list()).containsExactly("fault.png image/png");
        String page = html(get("/portal/tickets/" + number).param("lang", "en").with(portal("buyer")));
        assertThat(page).contains("门户开单测试：主轴异响", "fault.png", "Ticket received");
    }

    @Test
    void everyFieldIsCheckedBesideItAndNothingIsSaved() throws Exception {
        long before = ticketCount();
        PortalUser buyer = portalUser("buyer");
        long notOrdered = jdbc.sql("""
                select p.id from product p where p.id not in (select l.product_id from sales_order_line l
                  join sales_order o on o.id = l.order_id where o.customer_id = ?) order by p.id limit 1""")
                .param(buyer.customerId()).query(Long.class).single();
        String othersOrder = jdbc.sql("select o.number from sales_order o where o.customer_id = ? limit 1")
                .param(portalUser("buyer2").customerId()).query(String.class).single();
        String page = mvc.perform(multipart("/portal/tickets/new")
                .file(new MockMultipartFile("files", "evil.png", "image/png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .param("typeCode", "BOGUS").param("subject", " ").param("content", "x".repeat(10_001))
                .param("productId", String.valueOf(notOrdered)).param("orderNumber", othersOrder)
                .param("lang", "en").with(portal("buyer")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"typeCode-error\"", "id=\"subject-error\"", "id=\"content-error\"",
                "id=\"productId-error\"", "id=\"orderNumber-error\"", "id=\"files-error\"",
                "Choose one of the products your company ordered.", "No order of your company has this number.",
                "Only photos (PNG, JPEG, GIF, WebP) and PDF files are accepted.");
        // everything right but one of the files: still nothing saved
        page = html(multipart("/portal/tickets/new")
                .file(new MockMultipartFile("files", "ok.png", "image/png", png()))
                .file(new MockMultipartFile("files", "bad.pdf", "application/pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8)))
                .param("typeCode", "COMPLAINT").param("subject", "文件被拒的投诉").param("content", "内容")
                .with(portal("buyer")).with(csrf()));
        assertThat(page).contains("id=\"files-error\"");
        // a complaint needs a description
        page = html(multipart("/portal/tickets/new").param("typeCode", "COMPLAINT").param("subject", "没有描述的投诉")
                .with(portal("buyer")).with(csrf()));
        assertThat(page).contains("id=\"content-error\"").doesNotContain("id=\"subject-error\"");
        // six files are one too many
        var six = multipart("/portal/tickets/new");
        for (int i = 0; i < 6; i++) {
            six.file(new MockMultipartFile("files", "p" + i + ".png", "image/png", png()));
        }
        assertThat(html(six.param("typeCode", "CONSULTATION").param("subject", "六个文件").param("lang", "en")
                .with(portal("buyer")).with(csrf()))).contains("At most 5 files at a time.");
        assertThat(ticketCount()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from ticket where subject in ('文件被拒的投诉', '没有描述的投诉', '六个文件')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aComplaintFromThePortalIsRoutedToTheServiceDepartment() {
        TicketDetails t = open("buyer", "COMPLAINT", "门户投诉路由测试");
        assertThat(t.departmentName()).isNotNull();
        assertThat(jdbc.sql("select d.code from ticket t join department d on d.id = t.department_id where t.id = ?")
                .param(t.id()).query(String.class).single()).isEqualTo("SERVICE");
        assertThat(jdbc.sql("select count(*) from notification where message_key = 'support.notify.routed' and ? = any(args)")
                .param(t.number()).query(Long.class).single()).isPositive();
    }

    @Test
    void theCustomersMessageReachesTheHandlerAndStaffAnswersShowOnThePortal() throws Exception {
        TicketDetails t = open("buyer", "CONSULTATION", "留言往来测试");
        asStaff("servicelead", () -> tickets.assign(t.id(), userId("service"), null, null));
        mvc.perform(multipart("/portal/tickets/" + t.number() + "/reply").param("body", "请问什么时候能答复？")
                .file(new MockMultipartFile("files", "photo.png", "image/png", png()))
                .with(portal("buyer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and message_key = 'support.notify.customer-message' and ? = any(args)")
                .params(userId("service"), t.number()).query(Long.class).single()).isEqualTo(1);
        String card = html(get("/tickets/" + t.id() + "/conversation").with(staff("service")));
        assertThat(card).contains("请问什么时候能答复？", "photo.png", "ticket-reply-form");

        html(multipart("/tickets/" + t.id() + "/conversation").param("body", "明天上午答复您。").with(staff("service")).with(csrf()));
        String page = html(get("/portal/tickets/" + t.number()).with(portal("buyer")));
        assertThat(page).contains("请问什么时候能答复？", "明天上午答复您。", "photo.png", "portal-staff-answer");
        // an empty message is refused beside the field
        page = html(multipart("/portal/tickets/" + t.number() + "/reply").param("body", " ").param("lang", "en")
                .with(portal("buyer")).with(csrf()));
        assertThat(page).contains("id=\"body-error\"");
        assertThat(jdbc.sql("select count(*) from ticket_message where ticket_id = ?").param(t.id()).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void staffInternalNotesStayHidden() throws Exception {
        TicketDetails t = open("buyer", "REPAIR", "内部备注测试");
        asStaff("servicelead", () -> tickets.assign(t.id(), userId("service"), "内部：先查保修记录", null));
        String page = html(get("/portal/tickets/" + t.number()).param("lang", "en").with(portal("buyer")));
        assertThat(page).contains("Given to a member of our service team").doesNotContain("内部：先查保修记录");
    }

    @Test
    void feedbackIsAskedOnceTheTicketIsHandledAndCompletesTheStepOnlyOnce() throws Exception {
        TicketDetails t = open("buyer", "REPAIR", "评价一次测试");
        String before = html(get("/portal/tickets/" + t.number()).with(portal("buyer")));
        assertThat(before).doesNotContain("portal-feedback-form");
        handled(t);
        String page = html(get("/portal/tickets/" + t.number()).param("lang", "en").with(portal("buyer")));
        assertThat(page).contains("portal-feedback-form", "Handled, waiting for your feedback");

        page = html(post("/portal/tickets/" + t.number() + "/feedback").param("satisfaction", "9").param("lang", "en")
                .with(portal("buyer")).with(csrf()));
        assertThat(page).contains("id=\"satisfaction-error\"");

        mvc.perform(post("/portal/tickets/" + t.number() + "/feedback").param("satisfaction", "4").param("comment", "师傅很专业")
                .with(portal("buyer")).with(csrf())).andExpect(status().is3xxRedirection());
        // the same data as staff-entered feedback: satisfaction and comment on the ticket, a FEEDBACK step
        assertThat(jdbc.sql("select status || '/' || satisfaction || '/' || feedback_comment from ticket where id = ?")
                .param(t.id()).query(String.class).single()).isEqualTo("FEEDBACK/4/师傅很专业");
        assertThat(jdbc.sql("select count(*) from ticket_step where ticket_id = ? and kind = 'FEEDBACK' and actor_id is null")
                .param(t.id()).query(Long.class).single()).isEqualTo(1);

        page = html(post("/portal/tickets/" + t.number() + "/feedback").param("satisfaction", "1").param("lang", "en")
                .with(portal("buyer")).with(csrf()));
        assertThat(page).contains("portal-feedback-refused").doesNotContain("portal-feedback-form");
        assertThat(jdbc.sql("select satisfaction from ticket where id = ?").param(t.id()).query(Integer.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from ticket_step where ticket_id = ? and kind = 'FEEDBACK'")
                .param(t.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherCompanysContactGetsNotFoundOnEveryUrlOfTheTicket() throws Exception {
        TicketDetails t = open("buyer", "REPAIR", "隔离测试工单");
        handled(t);
        PortalUser buyer = portalUser("buyer");
        var message = requests.reply(buyer.customerId(), buyer.contactId(), t.number(), "附件", java.util.List.of(
                new org.kehu.support.TicketUpload("a.png", png())));
        long file = message.files().get(0).id();
        mvc.perform(get("/portal/tickets/" + t.number() + "/attachments/" + file).with(portal("buyer")))
                .andExpect(status().isOk());

        mvc.perform(get("/portal/tickets/" + t.number()).with(portal("buyer2"))).andExpect(status().isNotFound());
        mvc.perform(get("/portal/tickets/" + t.number() + "/attachments/" + file).with(portal("buyer2")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/portal/tickets/" + t.number() + "/reply").param("body", "不该出现").with(portal("buyer2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/tickets/" + t.number() + "/feedback").param("satisfaction", "1").with(portal("buyer2")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from ticket_message where ticket_id = ? and body = '不该出现'").param(t.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select satisfaction is null from ticket where id = ?").param(t.id()).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void articlesSharedWithCustomersThatMatchTheSubjectAreSuggestedAndAHelpfulOneIsCounted() throws Exception {
        long article = jdbc.sql("""
                select id from knowledge_article where status = 'PUBLISHED' and visibility in ('CUSTOMERS', 'BOTH')
                   and title like '%主轴异响%' order by id limit 1""").query(Long.class).single();
        String fragment = html(get("/portal/tickets/suggestions").param("subject", "主轴异响").with(portal("buyer")));
        assertThat(fragment).contains("portal-suggestion-" + article, "/portal/help/articles/" + article);
        String staffOnly = jdbc.sql("select title from knowledge_article where visibility = 'STAFF' order by id limit 1")
                .query(String.class).single();
        assertThat(html(get("/portal/tickets/suggestions").param("subject", staffOnly).with(portal("buyer"))))
                .doesNotContain(staffOnly);
        int yes = jdbc.sql("select count(*) from knowledge_vote where article_id = ? and helpful").param(article)
                .query(Integer.class).single();
        mvc.perform(post("/portal/tickets/suggestions/" + article + "/helpful").with(portal("buyer")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from knowledge_vote where article_id = ? and helpful").param(article)
                .query(Integer.class).single()).isEqualTo(yes + 1);
    }
}
