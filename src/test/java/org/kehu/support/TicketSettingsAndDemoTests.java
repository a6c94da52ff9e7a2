package org.kehu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.kehu.support.sla.ServiceLevels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/** The service-level admin page, the dictionary entries tickets use, the customer page card and the demo tickets. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class TicketSettingsAndDemoTests extends TicketTestSupport {

    @Autowired
    ServiceLevels levels;

    @Autowired
    List<DictionaryUsage> usages;

    @Test
    @Transactional
    void adminChangesATargetAndAddsAHolidayOnTheServiceLevelPage() throws Exception {
        mvc.perform(get("/admin/service-levels").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"sla-response-REPAIR_NORMAL\"")));
        mvc.perform(get("/admin/service-levels").with(as("service"))).andExpect(status().isForbidden());

        var request = post("/admin/service-levels/targets").with(as("admin")).with(csrf());
        for (ServiceLevels.Target t : levels.targets()) {
            String key = t.typeCode() + "_" + t.priorityCode();
            request.param("response_" + key, key.equals("REPAIR_NORMAL") ? "90" : String.valueOf(t.responseMinutes()))
                    .param("resolution_" + key, String.valueOf(t.resolutionMinutes()));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        assertThat(levels.target("REPAIR", "NORMAL").responseMinutes()).isEqualTo(90);

        mvc.perform(post("/admin/service-levels/days").param("day", "2027-01-01").param("working", "false")
                .param("note", "元旦").with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(levels.workingTime().isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();

        mvc.perform(post("/admin/service-levels/calendar").param("workStart", "18:00").param("workEnd", "09:00")
                .param("workDays", "MONDAY").with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("slaError", Matchers.containsString("下班时间")));
    }

    @Test
    void refusesATargetOfZeroMinutes() throws Exception {
        var request = post("/admin/service-levels/targets").with(as("admin")).with(csrf());
        for (ServiceLevels.Target t : levels.targets()) {
            String key = t.typeCode() + "_" + t.priorityCode();
            request.param("response_" + key, "0").param("resolution_" + key, String.valueOf(t.resolutionMinutes()));
        }
        mvc.perform(request).andExpect(flash().attributeExists("slaError"));
        assertThat(levels.target("CONSULTATION", "LOW").responseMinutes()).isPositive();
    }

    @Test
    void aTicketTypeInUseCannotBeDeletedFromTheDictionary() {
        assertThat(usages).anySatisfy(u -> assertThat(u.uses(DictionaryType.TICKET_TYPE, "REPAIR")).isTrue());
        assertThat(usages).anySatisfy(u -> assertThat(u.uses(DictionaryType.COMPLAINT_TARGET, "DELIVERY")).isTrue());
        assertThat(usages).noneSatisfy(u -> assertThat(u.uses(DictionaryType.TICKET_TYPE, "NO_SUCH_TYPE")).isTrue());
    }

    @Test
    void customerPageShowsTheTicketCardAndTheTimelineEntry() throws Exception {
        long id = create("CONSULTATION", ",\"content\":\"咨询保养\"");
        String number = jdbc.sql("select number from ticket where id = :id").param("id", id).query(String.class).single();
        mvc.perform(get("/tickets/customer/" + customerId()).with(as("service"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(number)));
        mvc.perform(get("/customers/" + customerId()).with(as("service"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"customer-tickets\"")))
                .andExpect(content().string(Matchers.containsString(number)));
    }

    @Test
    void demoDataHasTwoYearsOfTicketsInEveryTypeAndState() {
        assertThat(jdbc.sql("select count(*) from ticket").query(Long.class).single()).isGreaterThanOrEqualTo(1200);
        assertThat(jdbc.sql("select count(distinct type_code) from ticket").query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select count(distinct status) from ticket").query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select min(created_at) < now() - interval '600 days' from ticket").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from ticket where resolution_breached").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(distinct satisfaction) from ticket").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("""
                select count(*) from ticket t join department d on d.id = t.department_id
                 where t.type_code = 'COMPLAINT' and t.leader_instruction is not null and t.leader_id = d.head_user_id""")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from ticket where status = 'ARCHIVED' and satisfaction < 3 and not reviewed""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from ticket t where not exists (select 1 from ticket_step s where s.ticket_id = t.id and s.kind = 'CREATE')""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(distinct p.ticket_id) from ticket_part p join ticket t on t.id = p.ticket_id
                 where t.type_code in ('REPAIR', 'WARRANTY') and t.resolved_at is not null""")
                .query(Long.class).single()).as("handled repairs with spare parts").isPositive();
        assertThat(jdbc.sql("select count(*) from ticket_part p join ticket t on t.id = p.ticket_id where t.resolved_at is null")
                .query(Long.class).single()).as("parts on tickets not yet handled").isZero();
    }
}
