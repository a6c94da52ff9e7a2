package org.kehu.analytics.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The target sheet's download: the year and department shown, targets, revenue and completion, within the reader's scope. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TargetExportTests extends TargetTestSupport {

    private final YearMonth month = YearMonth.now(BusinessTime.ZONE);
    private String seller;
    private long sellerId;
    private long sales;

    @BeforeEach
    void sellerWithATargetAndAnOrder() throws Exception {
        stock();
        seller = seller("SALES");
        sellerId = idOf(seller);
        order(seller, customerOf(seller), "{\"productId\":" + shaft + ",\"quantity\":3}", true);
        sales = jdbc.sql("select id from department where code = 'SALES'").query(Long.class).single();
        mvc.perform(post("/targets").with(as("director")).with(csrf()).param("year", "" + month.getYear())
                .param("department", "" + sales).param("version_" + sellerId, "0")
                .param("t_" + sellerId + "_" + month.getMonthValue(), "6000"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theCsvHasEachPersonsTargetRevenueAndCompletionOfTheShownYear() throws Exception {
        String csv = new String(mvc.perform(get("/targets/export?format=csv&year=" + month.getYear() + "&department=" + sales)
                        .with(as("director")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        String row = csv.lines().filter(l -> l.startsWith("目标测试" + seller)).findFirst().orElseThrow();
        List<String> cells = List.of(row.split(",", -1));
        int at = 2 + 3 * (month.getMonthValue() - 1);
        // 3 × 1 000 of a 6 000 target
        assertThat(cells.subList(at, at + 3)).containsExactly("6000.00", "3000.00", "50.00");
        assertThat(cells.subList(2 + 36, 2 + 39)).containsExactly("6000.00", "3000.00", "50.00");
        String department = jdbc.sql("select name from department where id = :id").param("id", sales).query(String.class).single();
        assertThat(csv.lines()).anyMatch(l -> l.startsWith(department + "合计,"));
        assertThat(csv.lines().reduce((a, b) -> b).orElseThrow()).startsWith("总计,");
        assertThat(csv.lines().findFirst().orElseThrow()).contains("1月 目标", "1月 实际销售额", "1月 完成率 %");
    }

    @Test
    void theWorkbookHasNumberCellsAndOnlyPeopleInTheReadersScope() throws Exception {
        byte[] body = mvc.perform(get("/targets/export?format=xlsx&year=" + month.getYear()).with(as("director")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long manager2 = idOf("manager2");
        String manager2Name = jdbc.sql("select name from app_user where id = :id").param("id", manager2).query(String.class).single();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<Row> rows = wb.getFirstSheet().read();
            Row mine = rows.stream().filter(r -> ("目标测试" + seller).equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(mine.getCellAsNumber(2 + 3 * (month.getMonthValue() - 1) + 1).orElseThrow()).isEqualByComparingTo("3000");
            assertThat(rows).noneMatch(r -> manager2Name.equals(r.getCellText(0)));
        }
    }

    @Test
    void aBadFormatIsRefusedAndAnAccountManagerMayNotExport() throws Exception {
        mvc.perform(get("/targets/export?format=pdf").with(as("director"))).andExpect(status().isBadRequest());
        mvc.perform(get("/targets/export?format=csv").with(as("manager"))).andExpect(status().isForbidden());
    }
}
