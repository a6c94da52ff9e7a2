package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Imports that run as background jobs: they commit for real (a job runs on its own thread), so every
 * test removes the customers it wrote, all named 作业测试….
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("manager")
class CustomerImportJobTests {

    static final String HEADER = "客户名称,电话,联系人姓名,联系人手机,联系人邮箱,主联系人";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void removeImportedCustomers() {
        jdbc.sql("""
                delete from audit_log where entity_type = 'customer'
                   and entity_id in (select id from customer where name like '作业测试%')""").update();
        jdbc.sql("delete from customer where name like '作业测试%'").update();
    }

    @Test
    void aLargeFileImportsInTheBackgroundWithItsProgressAndReport() throws Exception {
        // 10,000 customers of two contact rows each; the second contact of every 1,000th has a bad e-mail,
        // so that customer (both its rows) is skipped in "only the valid rows" mode.
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(HEADER.split(","));
            for (int i = 0; i < 10_000; i++) {
                String name = "作业测试客户" + i + "号有限公司";
                csv.writeRecord(name, "", "联系人A" + i, "139%08d".formatted(i), "", "");
                csv.writeRecord(name, "", "联系人B" + i, "138%08d".formatted(i), i % 1000 == 0 ? "not-an-email" : "b" + i + "@example.cn",
                        i % 2 == 0 ? "是" : "");
            }
        }
        MockMultipartFile file = new MockMultipartFile("file", "twenty-thousand.csv", "text/csv",
                text.toString().getBytes(StandardCharsets.UTF_8));

        var accepted = mvc.perform(multipart("/api/v1/customers/import").file(file).param("mode", "VALID_ROWS").with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/api/v1/customers/import/")))
                .andExpect(jsonPath("$.state").value(not("SUCCEEDED")))
                .andReturn().getResponse();
        String location = accepted.getHeader("Location");

        List<Integer> readSeen = new ArrayList<>();
        Map<String, Object> report = poll(location, readSeen, Duration.ofMinutes(4));

        assertThat(report).containsEntry("state", "SUCCEEDED").containsEntry("rows", 20_000).containsEntry("rowsRead", 20_000)
                .containsEntry("rowsValid", 19_990).containsEntry("rowsWithErrors", 10).containsEntry("errorCount", 10)
                .containsEntry("importedCustomers", 9_990).containsEntry("importedContacts", 19_980);
        assertThat(readSeen).isSorted().last().isEqualTo(20_000);
        List<Map<String, Object>> errors = JsonPath.read(mvc.perform(get(location + "/errors")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.errors");
        assertThat(errors).hasSize(10);
        // customer 0's second contact is the file's row 3 (header row 1)
        assertThat(errors.get(0)).containsEntry("row", 3).containsEntry("field", "contactEmail");

        var written = jdbc.sql("""
                select count(*) as customers,
                       count(*) filter (where c.code ~ ('^KH' || :year || '[0-9]{6,}$') and not c.code_edited) as coded,
                       (select count(*) from contact k join customer x on x.id = k.customer_id where x.name like '作业测试客户%') as contacts,
                       (select count(*) from customer_ownership o join customer x on x.id = o.customer_id
                         where x.name like '作业测试客户%' and o.reason = 'import') as ownerships,
                       (select count(*) from audit_log a join customer x on x.id = a.entity_id
                         where a.entity_type = 'customer' and a.action = 'IMPORT' and x.name like '作业测试客户%'
                           and a.new_value ->> 'contacts' = '2' and a.actor_name = 'manager') as audits
                  from customer c where c.name like '作业测试客户%'""").param("year", Year.now().getValue()).query().singleRow();
        assertThat(written).containsEntry("customers", 9_990L).containsEntry("coded", 9_990L).containsEntry("contacts", 19_980L)
                .containsEntry("ownerships", 9_990L).containsEntry("audits", 9_990L);
        assertThat(countCustomers("作业测试客户1000号有限公司")).isZero();
        // Customer 2 marks its second contact primary; customer 3 marks none, so its first is the main contact.
        assertThat(mainContact("作业测试客户2号有限公司")).isEqualTo("联系人B2");
        assertThat(mainContact("作业测试客户3号有限公司")).isEqualTo("联系人A3");
        assertThat(jdbc.sql("select name_initials from customer where name = '作业测试客户3号有限公司'").query(String.class).single())
                .isEqualTo("zycskh3hyxgs");
        assertThat(jdbc.sql("select count(*) from contact where is_primary and customer_id = (select id from customer where name = '作业测试客户2号有限公司')")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void allOrNothingInTheBackgroundWritesNothingWhenOneRowIsBad() throws Exception {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 1_500; i++) {
            text.append("作业测试整批").append(i).append("号公司,,张").append(i).append(',').append(i == 1_234 ? "12345" : "13900000000")
                    .append(",,\n");
        }
        String location = mvc.perform(multipart("/api/v1/customers/import")
                        .file(new MockMultipartFile("file", "all.csv", "text/csv", text.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");

        Map<String, Object> report = poll(location, new ArrayList<>(), Duration.ofMinutes(3));

        assertThat(report).containsEntry("state", "SUCCEEDED").containsEntry("rowsValid", 1_499).containsEntry("rowsWithErrors", 1)
                .containsEntry("importedCustomers", 0).containsEntry("mode", "ALL_OR_NOTHING");
        assertThat(JsonPath.<Integer>read(report, "$.errors[0].row")).isEqualTo(1_236);
        assertThat(countCustomers("作业测试整批%")).isZero();
    }

    @Test
    void waitTrueAnswersTheReportOfAFileOverTheSmallFileLimit() throws Exception {
        StringBuilder text = new StringBuilder("客户名称\n");
        for (int i = 0; i < 1_001; i++) {
            text.append("作业测试等待").append(i).append("号公司\n");
        }
        mvc.perform(multipart("/api/v1/customers/import").param("wait", "true")
                        .file(new MockMultipartFile("file", "wait.csv", "text/csv", text.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUCCEEDED"))
                .andExpect(jsonPath("$.importedCustomers").value(1_001));
    }

    @Test
    void onlyTheUserWhoStartedAJobOrAnAdministratorReadsIt() throws Exception {
        String location = mvc.perform(multipart("/api/v1/customers/import").param("wait", "false")
                        .file(new MockMultipartFile("file", "mine.csv", "text/csv", "客户名称\n作业测试私有公司\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        poll(location, new ArrayList<>(), Duration.ofMinutes(2));

        mvc.perform(get(location).with(user(accounts.loadUserByUsername("director")))).andExpect(status().isNotFound());
        mvc.perform(get(location + "/errors").with(user(accounts.loadUserByUsername("director")))).andExpect(status().isNotFound());
        String page = location.replace("/api/v1/customers/import/", "/customers/import/jobs/");
        mvc.perform(get(page).with(user(accounts.loadUserByUsername("director")))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.importedCustomers").value(1));
    }

    @Test
    void aJobWhoseNodeStoppedReadsAsFailedNotRunningForever() throws Exception {
        long id = jdbc.sql("""
                insert into import_job(kind, owner_id, filename, options, state, phase, rows_total, rows_read, started_at, heartbeat_at, node)
                select 'customer', id, 'lost.csv', 'VALID_ROWS', 'RUNNING', 'reading', 5000, 1200, now() - interval '10 minutes',
                       now() - interval '9 minutes', 'node-b/123'
                  from app_user where username = 'manager'
                returning id""").query(Long.class).single();

        mvc.perform(get("/api/v1/customers/import/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FAILED"))
                .andExpect(jsonPath("$.failure").value(containsString("服务器已停止")));
        mvc.perform(get("/customers/import/jobs/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-result\"")))
                .andExpect(content().string(not(containsString("hx-trigger=\"every 1s\""))));
    }

    @Test
    void theJobPagePollsItsProgressWhileTheJobRuns() throws Exception {
        long id = jdbc.sql("""
                insert into import_job(kind, owner_id, filename, options, state, phase, rows_total, rows_read, rows_valid,
                                       rows_with_errors, started_at, heartbeat_at, node)
                select 'customer', id, 'running.csv', 'VALID_ROWS', 'RUNNING', 'reading', 500000, 120000, 119000, 1000, now(), now(), 'node-b/123'
                  from app_user where username = 'manager'
                returning id""").query(Long.class).single();

        mvc.perform(get("/customers/import/jobs/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/customers/import/jobs/" + id + "/progress\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(containsString("max=\"500000\"")))
                .andExpect(content().string(containsString("value=\"120000\"")))
                .andExpect(content().string(containsString("119,000")))
                .andExpect(content().string(containsString("正在读取并检查各行")));
        mvc.perform(get("/api/v1/customers/import/" + id))
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.rowsRead").value(120_000))
                .andExpect(jsonPath("$.rowsWithErrors").value(1_000));
        jdbc.sql("update import_job set state = 'FAILED', finished_at = now() where id = :id").param("id", id).update();
    }

    /** Polls the job until it is done, noting the rows read each time. */
    private Map<String, Object> poll(String location, List<Integer> readSeen, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String body = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Map<String, Object> report = JsonPath.read(body, "$");
            readSeen.add(((Number) report.get("rowsRead")).intValue());
            if (List.of("SUCCEEDED", "FAILED").contains(report.get("state"))) {
                return report;
            }
            assertThat(System.nanoTime()).as("job finished in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private long countCustomers(String namePattern) {
        return jdbc.sql("select count(*) from customer where name like :p").param("p", namePattern).query(Long.class).single();
    }

    private String mainContact(String customer) {
        return jdbc.sql("select k.name from customer c join contact k on k.id = c.main_contact_id where c.name = :n")
                .param("n", customer).query(String.class).single();
    }

}
