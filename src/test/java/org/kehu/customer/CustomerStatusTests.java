package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** Customer status is one of three, labelled in the reader's language; nothing else is offered or stored. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CustomerStatusTests extends CustomerTestSupport {

    @Test
    void formOffersExactlyTheThreeStatusesWithTheirLabels() throws Exception {
        Document form = page(get("/customers/new").with(as("manager")));
        assertThat(form.select("#customer-status option").eachAttr("value"))
                .containsExactly("ACTIVE", "CHURN_WARNING", "LOST");
        assertThat(form.select("#customer-status option").eachText()).containsExactly("正常", "流失预警", "已流失");
        Document english = page(get("/customers/new").param("lang", "en").with(as("manager")));
        assertThat(english.select("#customer-status option").eachText()).containsExactly("Active", "Churn warning", "Lost");
    }

    @Test
    void formMarksAnUnknownStatusAndSavesNothing() throws Exception {
        long before = count();
        Document refused = page(post("/customers").with(as("manager")).with(csrf()).param("name", "宜昌状态测试化工厂")
                .param("status", "VIP"));
        assertThat(refused.getElementById("customer-status").hasClass("is-invalid")).isTrue();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void apiRefusesAnUnknownStatusAndStoresAKnownOne() throws Exception {
        long before = count();
        int status = mvc.perform(post("/api/v1/customers").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"宜昌状态测试化工厂\",\"status\":\"VIP\"}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(400);
        assertThat(count()).isEqualTo(before);

        long id = createCustomerJson("manager", "{\"name\":\"襄阳流失预警机械厂\",\"status\":\"CHURN_WARNING\"}").get("id").asLong();
        Document shown = page(get("/customers/" + id).with(as("manager")));
        assertThat(shown.text()).contains("流失预警");
    }

    @Test
    void listFiltersByStatusAndShowsItsLabel() throws Exception {
        createCustomerJson("manager", "{\"name\":\"荆州已流失纺机厂\",\"status\":\"LOST\"}");
        Document rows = page(get("/customers").param("status", "LOST").param("q", "荆州已流失纺机厂").with(as("manager")));
        assertThat(rows.select("#filter-status option[selected]").attr("value")).isEqualTo("LOST");
        assertThat(rows.select("tbody tr").text()).contains("荆州已流失纺机厂", "已流失").doesNotContain("LOST");
    }

    private long count() {
        return jdbc.sql("select count(*) from customer").query(Long.class).single();
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
