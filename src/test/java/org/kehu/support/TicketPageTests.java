package org.kehu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import jakarta.servlet.http.Cookie;

/** The ticket page as service staff and the service manager see it: the steps offered, the handling form. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class TicketPageTests extends TicketTestSupport {

    @Test
    void offersEachRoleOnlyTheStepsTheTicketsStatusAllows() throws Exception {
        long id = create("REPAIR", ",\"content\":\"液压站漏油\"");
        Document lead = page("servicelead", id);
        assertThat(lead.getElementById("ticket-assign-form")).isNotNull();
        assertThat(lead.getElementById("ticket-handle-form")).isNull();
        Document staff = page("service", id);
        assertThat(staff.getElementById("ticket-assign-form")).as("staff do not assign").isNull();
        assertThat(staff.getElementById("ticket-handle-form")).as("not assigned yet").isNull();

        assign(id);
        staff = page("service", id);
        assertThat(staff.getElementById("ticket-handle-form")).isNotNull();
        assertThat(staff.getElementById("ticket-feedback-form")).isNull();
        assertThat(page("servicelead", id).getElementById("ticket-archive-form")).isNull();

        handle(id);
        feedback(id, 4);
        Document done = page("service", id);
        assertThat(done.getElementById("ticket-archive-form")).isNotNull();
        assertThat(done.getElementById("ticket-review-form")).as("only the manager reviews").isNull();
        assertThat(page("servicelead", id).getElementById("ticket-review-form")).isNotNull();
    }

    @Test
    void handlingFormLabelsEveryFieldAndMarksTheEmptyOnesOnSubmit() throws Exception {
        long id = create("REPAIR", ",\"content\":\"主轴异响\"");
        assign(id);
        Document form = page("service", id);
        for (String field : new String[] {"ticket-serviceType", "ticket-serviceTime", "ticket-servicePerson",
                "ticket-serviceContent", "ticket-charges", "ticket-customerFeedback", "ticket-warehouse", "ticket-handle-note"}) {
            assertThat(form.select("label[for=" + field + "]").text()).as(field).isNotBlank();
        }
        assertThat(form.select("#ticket-handle-form [placeholder]")).as("labels, not placeholders").isEmpty();
        assertThat(form.select("#ticket-handle-form .input-group-text").text()).isEqualTo("¥");

        long version = jdbc.sql("select version from ticket where id = :id").param("id", id).query(Long.class).single();
        // Sessions live in the database: the redirect's page finds the flash in the session the cookie names.
        Cookie session = mvc.perform(post("/tickets/" + id + "/handle").with(as("service")).with(csrf())
                .param("version", String.valueOf(version)).param("note", "")).andReturn().getResponse().getCookie("SESSION");
        Document refused = Jsoup.parse(mvc.perform(get("/tickets/" + id).with(as("service")).cookie(session))
                .andReturn().getResponse().getContentAsString());
        assertThat(refused.getElementById("ticket-handle-note").hasClass("is-invalid")).isTrue();
        assertThat(refused.select("#ticket-handle-note + .invalid-feedback").text()).isNotBlank();
        assertThat(jdbc.sql("select status from ticket where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ASSIGNED");
    }

    @Test
    void showsChargesAsYuanWithSeparators() throws Exception {
        long id = create("REPAIR", ",\"content\":\"更换电机\"");
        assign(id);
        ok(call("service", "/api/v1/tickets/" + id + "/handle", "{\"note\":\"已更换\",\"charges\":12345.5}"));
        assertThat(page("service", id).getElementById("ticket-charges-value").text()).isEqualTo("¥12,345.50");
    }

    @Test
    void serviceManagerKeepsTheServiceLevelsFromTheMenu() throws Exception {
        String home = mvc.perform(get("/").with(as("servicelead"))).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(home).getElementById("menu-service-levels")).isNotNull();
        assertThat(mvc.perform(get("/admin/service-levels").with(as("servicelead"))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/admin/service-levels").with(as("service"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private Document page(String user, long id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/tickets/" + id).with(as(user))).andReturn().getResponse().getContentAsString());
    }
}
