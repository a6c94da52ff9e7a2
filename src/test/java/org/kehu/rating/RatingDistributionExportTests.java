package org.kehu.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The ratings distribution as CSV, Excel and print: the reader's scope applies, exporting needs report.export. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RatingDistributionExportTests extends RatingTestSupport {

    private long rated(String kind, String level, String department) {
        return jdbc.sql("""
                select count(*) from rating_current r join customer c on c.id = r.customer_id
                  join app_user u on u.id = c.owner_id join department d on d.id = u.department_id
                 where r.kind = :k and r.level = :l and (cast(:d as text) is null or d.code = :d or d.parent_id = (select id from department where code = :d))""")
                .param("k", kind).param("l", level).param("d", department).query(Long.class).single();
    }

    private String csv(String user) throws Exception {
        return new String(mvc.perform(get("/ratings/export?format=csv").with(as(user))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("ratings.csv")))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static String count(String csv, String level) {
        return csv.lines().filter(l -> l.contains("," + level + ",")).findFirst().orElseThrow().split(",")[4];
    }

    @Test
    void theCsvCountsEachLevelWithinTheReadersScope() throws Exception {
        String all = csv("executive");
        assertThat(all.lines().findFirst().orElseThrow()).contains("类别", "等级", "占比 %");
        assertThat(count(all, "很忠诚")).isEqualTo(String.valueOf(rated("LOYALTY", "LOYAL", null)));
        assertThat(count(all, "红名单")).isEqualTo(String.valueOf(rated("CREDIT", "RED_LIST", null)));
        String sales = csv("director");
        long director = rated("LOYALTY", "LOYAL", "SALES");
        assertThat(count(sales, "很忠诚")).isEqualTo(String.valueOf(director));
        assertThat(director).isLessThan(rated("LOYALTY", "LOYAL", null));
    }

    @Test
    void theWorkbookHasNumberCellsThatSumToTheTotal() throws Exception {
        byte[] body = mvc.perform(get("/ratings/export?format=XLSX").with(as("executive"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<Row> rows = wb.getFirstSheet().read();
            // header, five loyalty levels and their total, three credit lists and theirs
            assertThat(rows).hasSize(1 + 6 + 4);
            BigDecimal levels = rows.subList(1, 6).stream().map(r -> r.getCellAsNumber(4).orElseThrow()).reduce(BigDecimal::add).orElseThrow();
            assertThat(rows.get(6).getCellAsNumber(4)).contains(levels);
            assertThat(rows.get(1).getCellAsNumber(2)).contains(new BigDecimal("2.7"));
        }
    }

    @Test
    void exportNeedsReportExportAndAValidFormat() throws Exception {
        mvc.perform(get("/ratings/export?format=csv").with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/ratings/export?format=pdf").with(as("executive"))).andExpect(status().isBadRequest());
    }

    @Test
    void thePrintViewShowsTheReadersCounts() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/ratings/print").with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html")).andReturn().getResponse().getContentAsString());
        long managers = jdbc.sql("""
                select count(*) from rating_current r join customer c on c.id = r.customer_id join app_user u on u.id = c.owner_id
                 where r.kind = 'LOYALTY' and u.username = 'manager'""").query(Long.class).single();
        assertThat(page.getElementById("ratings-print-view")).isNotNull();
        assertThat(page.getElementById("total-loyalty").text()).isEqualTo(String.valueOf(managers));
        assertThat(page.getElementById("print-now")).isNotNull();
    }
}
