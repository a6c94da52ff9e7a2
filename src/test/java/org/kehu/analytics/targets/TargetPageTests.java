package org.kehu.analytics.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The /targets page: the director's grid with completion, saving a cell, a bad amount, a stale version, read-only readers. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TargetPageTests extends TargetTestSupport {

    private final YearMonth month = YearMonth.now(BusinessTime.ZONE);
    private String seller;
    private long sellerId;
    private long sales;

    @BeforeEach
    void sellerWithAnOrder() throws Exception {
        stock();
        seller = seller("SALES");
        sellerId = idOf(seller);
        order(seller, customerOf(seller), "{\"productId\":" + shaft + ",\"quantity\":3}", true);
        sales = jdbc.sql("select id from department where code = 'SALES'").query(Long.class).single();
    }

    @Test
    void aDirectorSetsATargetAndSeesTheCompletion() throws Exception {
        String cell = "t_" + sellerId + "_" + month.getMonthValue();
        mvc.perform(post("/targets").with(as("director")).with(csrf()).param("year", "" + month.getYear())
                        .param("department", "" + sales).param("version_" + sellerId, "0").param(cell, "6,000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/targets?year=" + month.getYear() + "&department=" + sales));

        Document page = page("director", "/targets?year=" + month.getYear());
        assertThat(page.getElementById("targets-person-" + sellerId)).isNotNull();
        assertThat(page.getElementById(cell).val()).isEqualTo("6000.00");
        // 3 × 1 000 of 6 000
        assertThat(page.getElementById("completion-" + sellerId + "-" + month.getMonthValue()).text()).isEqualTo("50.0%");
        assertThat(page.getElementById("targets-person-" + idOf("manager"))).isNotNull();
        assertThat(page.getElementById("targets-person-" + idOf("manager2"))).isNull();
        assertThat(page.getElementById("targets-department-" + sales)).isNotNull();
    }

    @Test
    void aBadAmountIsMarkedBesideItsCellAndNothingIsSaved() throws Exception {
        String cell = "t_" + sellerId + "_2";
        Document page = Jsoup.parse(mvc.perform(post("/targets").with(as("director")).with(csrf()).param("year", "" + month.getYear())
                        .param("department", "" + sales).param("version_" + sellerId, "0").param(cell, "-5")
                        .param("t_" + sellerId + "_3", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById(cell).hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById(cell).val()).isEqualTo("-5");
        assertThat(page.getElementById(cell).nextElementSibling().text()).contains("0");
        assertThat(page.getElementById("t_" + sellerId + "_3").hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("targets-error")).isNotNull();
        assertThat(jdbc.sql("select count(*) from analytics_target_plan where user_id = :u").param("u", sellerId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theSecondEditorIsToldSomeoneElseSavedFirst() throws Exception {
        String cell = "t_" + sellerId + "_1";
        mvc.perform(post("/targets").with(as("executive")).with(csrf()).param("year", "" + month.getYear())
                .param("department", "" + sales).param("version_" + sellerId, "0").param(cell, "7000"))
                .andExpect(status().is3xxRedirection());
        Document page = Jsoup.parse(mvc.perform(post("/targets").with(as("director")).with(csrf()).param("year", "" + month.getYear())
                        .param("department", "" + sales).param("version_" + sellerId, "0").param(cell, "8000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("targets-conflict")).isNotNull();
        assertThat(page.getElementById(cell).val()).isEqualTo("7000.00");
        assertThat(jdbc.sql("select amount from analytics_sales_target where user_id = :u and month = 1").param("u", sellerId)
                .query(BigDecimal.class).single()).isEqualByComparingTo("7000");
    }

    @Test
    void anAccountManagerReadsHisOwnRowWithoutInputsAndCannotSave() throws Exception {
        Document page = page(seller, "/targets");
        assertThat(page.select("tr.targets-person")).singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo("targets-person-" + sellerId));
        assertThat(page.select("#targets-table input")).isEmpty();
        assertThat(page.getElementById("targets-save")).isNull();
        mvc.perform(post("/targets").with(as(seller)).with(csrf()).param("year", "" + month.getYear())
                .param("version_" + sellerId, "0").param("t_" + sellerId + "_1", "100")).andExpect(status().isForbidden());
    }

    private Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
