package org.kehu.marketing.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which greetings are due on a day, the daily job that prepares them, and the owner sending one: with customers and
 * contacts of the test's own (rolled back after each test), owned by the demo account managers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CareGreetingsTests {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CareGreetings greetings;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aLeapDayBirthdayIsGreetedOnTheTwentyEighthInOtherYearsNeverOnTheFirstOfMarch() throws Exception {
        long contact = contact(customer("manager", "2020-06-01"), "闰日生", LocalDate.of(1988, 2, 29), false);

        assertThat(due("manager", "2027-02-28", "BIRTHDAY")).contains(contact);
        assertThat(due("manager", "2027-03-01", "BIRTHDAY")).doesNotContain(contact);
        assertThat(due("manager", "2028-02-28", "BIRTHDAY")).doesNotContain(contact);
        assertThat(due("manager", "2028-02-29", "BIRTHDAY")).contains(contact);
    }

    @Test
    void theLunarFestivalsGreetTheMainContactOnTheOfficialDay() throws Exception {
        long customer = customer("manager", "2024-03-15");
        long main = contact(customer, "主联系人", null, true);
        long other = contact(customer, "其他联系人", null, false);

        // 春节 2027 is 6 February in the official almanac (ICU alone says the 7th).
        assertThat(due("manager", "2027-02-06", "SPRING_FESTIVAL")).contains(main).doesNotContain(other);
        assertThat(due("manager", "2027-02-07", "SPRING_FESTIVAL")).isEmpty();
        assertThat(due("manager", "2026-09-25", "MID_AUTUMN")).contains(main);
    }

    @Test
    void theAnniversaryOfBecomingACustomerCountsTheYears() throws Exception {
        long main = contact(customer("manager", "2021-05-10"), "周年联系人", null, true);

        JsonNode list = api("manager", "2026-05-10");
        JsonNode entry = find(list, main, "ANNIVERSARY");
        assertThat(entry).isNotNull();
        assertThat(entry.get("years").asInt()).isEqualTo(5);
        assertThat(due("manager", "2021-05-10", "ANNIVERSARY")).doesNotContain(main);
    }

    @Test
    void contactsWhoOptedOutAreLeftOut() throws Exception {
        long customer = customer("manager", "2020-06-01");
        long stays = contact(customer, "留下", LocalDate.of(1980, 7, 3), false);
        long gone = contact(customer, "退订", LocalDate.of(1981, 7, 3), false);
        jdbc.sql("update contact set opted_out_at = now(), opt_out_via = 'UNSUBSCRIBE_LINK' where id = :id").param("id", gone).update();

        assertThat(due("manager", "2027-07-03", "BIRTHDAY")).contains(stays).doesNotContain(gone);
    }

    @Test
    void anAccountManagerSeesNoneOfAnotherManagersGreetings() throws Exception {
        long customer = customer("manager", "2024-03-15");
        long main = contact(customer, "张的客户", LocalDate.of(1979, 8, 8), true);

        assertThat(due("manager", "2027-08-08", "BIRTHDAY")).contains(main);
        assertThat(due("manager2", "2027-08-08", "BIRTHDAY")).doesNotContain(main);
        assertThat(due("manager2", "2027-02-06", "SPRING_FESTIVAL")).doesNotContain(main);

        greetings.prepare(LocalDate.of(2027, 8, 8));
        long id = greetingOf(main, "BIRTHDAY");
        mvc.perform(get("/care").with(as("manager2"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("greeting-form-" + id + "\""))));
        mvc.perform(post("/care/{id}", id).with(as("manager2")).with(csrf()).param("action", "send")
                .param("subject", "x").param("body", "y").param("version", "0")).andExpect(status().isNotFound());
        assertThat(stateOf(id)).isEqualTo("PREPARED");
    }

    @Test
    void aBadDateIsAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/care/greetings").param("date", "2027-13-01").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/care/greetings").param("date", "1800-01-01").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("date")));
    }

    @Test
    void theDailyJobPreparesEachGreetingOnceHoweverOftenItRuns() throws Exception {
        long main = contact(customer("manager", "2020-06-01"), "只一次", LocalDate.of(1990, 11, 20), true);
        LocalDate day = LocalDate.of(2027, 11, 18); // the birthday is two days ahead, within the lead days

        greetings.prepare(day);
        greetings.prepare(day);
        greetings.prepare(day.plusDays(1));

        assertThat(jdbc.sql("select count(*) from care_greeting where contact_id = :c").param("c", main)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select subject from care_greeting where contact_id = :c").param("c", main)
                .query(String.class).single()).isEqualTo("只一次，祝您生日快乐！");
    }

    @Test
    void theOwnerEditsAndSendsAGreetingWhichThenShowsOnTheTimeline() throws Exception {
        long customer = customer("manager", "2020-06-01");
        // Due the day after tomorrow, so that the owner's page (the coming days) lists it.
        LocalDate due = greetings.today().plusDays(2);
        long main = contact(customer, "收问候", LocalDate.of(1984, due.getMonth(), due.getDayOfMonth()), true);
        greetings.prepare(greetings.today());
        long id = greetingOf(main, "BIRTHDAY");

        mvc.perform(post("/care/{id}", id).with(as("manager")).with(csrf()).param("action", "send")
                        .param("subject", "").param("body", "生日快乐").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("is-invalid")));
        assertThat(stateOf(id)).isEqualTo("PREPARED");

        mvc.perform(post("/care/{id}", id).with(as("manager")).with(csrf()).param("action", "send")
                        .param("subject", "收问候，生日快乐（特别版）").param("body", "祝您生日快乐！\n张伟").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf(id)).isEqualTo("SENT");
        // Through the one marketing gate, as care: decided once for this greeting.
        assertThat(jdbc.sql("select outcome from marketing_touch where source_kind = 'GREETING' and source_id = :id")
                .param("id", id).query(String.class).list()).containsExactly("ADMITTED");
        assertThat(jdbc.sql("select count(*) from mail_message where recipient = :to and subject = :s")
                .param("to", email(main)).param("s", "收问候，生日快乐（特别版）").query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/customers/{id}", customer).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("收问候，生日快乐（特别版）")));
        // Sent once: a second send is refused, nothing more is mailed.
        mvc.perform(post("/care/{id}", id).with(as("manager")).with(csrf()).param("action", "send")
                .param("subject", "again").param("body", "again").param("version", "1"));
        assertThat(jdbc.sql("select count(*) from mail_message where recipient = :to").param("to", email(main))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aContactWhoOptedOutAfterThePreparationIsNotSent() throws Exception {
        long main = contact(customer("manager", "2020-06-01"), "后来退订", LocalDate.of(1985, 10, 12), true);
        greetings.prepare(LocalDate.of(2026, 10, 12));
        long id = greetingOf(main, "BIRTHDAY");
        jdbc.sql("update contact set opted_out_at = now() where id = :id").param("id", main).update();

        mvc.perform(post("/care/{id}", id).with(as("manager")).with(csrf()).param("action", "send")
                .param("subject", "生日快乐").param("body", "生日快乐").param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(stateOf(id)).isEqualTo("SKIPPED");
        assertThat(jdbc.sql("select count(*) from mail_message where recipient = :to").param("to", email(main))
                .query(Long.class).single()).isZero();
    }

    // --- helpers

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long customer(String owner, String createdOn) {
        String code = "KHCARE" + System.nanoTime() % 1_000_000_000L + SEQUENCE.incrementAndGet();
        return jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, created_at)
                values (:code, :name, 'gh', (select id from app_user where username = :owner), :created) returning id""")
                .param("code", code).param("name", "关怀测试公司" + code).param("owner", owner)
                .param("created", LocalDate.parse(createdOn).atTime(10, 0).atOffset(ZoneOffset.ofHours(8)))
                .query(Long.class).single();
    }

    private long contact(long customer, String name, LocalDate birthday, boolean main) {
        long id = jdbc.sql("""
                insert into contact(customer_id, name, email, birthday, is_primary)
                values (:customer, :name, :email, :birthday, :main) returning id""")
                .param("customer", customer).param("name", name)
                .param("email", "care" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@example.cn")
                .param("birthday", birthday).param("main", main).query(Long.class).single();
        if (main) {
            jdbc.sql("update customer set main_contact_id = :c where id = :id").param("c", id).param("id", customer).update();
        }
        assertThat(id).isGreaterThan(127);
        return id;
    }

    private String email(long contact) {
        return jdbc.sql("select email from contact where id = :id").param("id", contact).query(String.class).single();
    }

    private long greetingOf(long contact, String occasion) {
        return jdbc.sql("select id from care_greeting where contact_id = :c and occasion = :o")
                .param("c", contact).param("o", occasion).query(Long.class).single();
    }

    private String stateOf(long greeting) {
        return jdbc.sql("select status from care_greeting where id = :id").param("id", greeting).query(String.class).single();
    }

    private JsonNode api(String username, String date) throws Exception {
        String body = mvc.perform(get("/api/v1/care/greetings").param("date", date).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static JsonNode find(JsonNode list, long contact, String occasion) {
        for (JsonNode n : list) {
            if (n.get("contactId").asLong() == contact && occasion.equals(n.get("occasion").asString())) {
                return n;
            }
        }
        return null;
    }

    /** The contacts of the greetings of this occasion due on the day, as the user's API call answers. */
    private List<Long> due(String username, String date, String occasion) throws Exception {
        List<Long> contacts = new ArrayList<>();
        for (JsonNode n : api(username, date)) {
            if (occasion.equals(n.get("occasion").asString())) {
                contacts.add(n.get("contactId").asLong());
            }
        }
        return contacts;
    }
}
