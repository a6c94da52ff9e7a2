package org.kehu.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * Contacts and staff past the first 127 ids: boxed {@code Long}s compared with {@code ==} are equal only inside
 * Java's small-value cache, so a check written that way refused every later record.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class TicketChoicesPastTheFirstIdsTests extends TicketTestSupport {

    @Test
    void acceptsACustomersOwnContactWhoseIdIsAbove127() throws Exception {
        record Pair(long customerId, long contactId) {
        }
        Pair p = jdbc.sql("select customer_id, id as contact_id from contact where id > 127 order by id limit 1")
                .query(Pair.class).single();
        JsonNode created = ok(call("service", "/api/v1/tickets", """
                {"customerId":%d,"contactId":%d,"typeCode":"CONSULTATION","priorityCode":"NORMAL","channel":"PHONE",
                 "subject":"询问保修期"}""".formatted(p.customerId(), p.contactId())));
        assertThat(created.get("ticket").get("contactId").asLong()).isEqualTo(p.contactId());
    }

    @Test
    void stillRefusesAContactOfAnotherCustomer() throws Exception {
        long customer = customerId();
        long foreign = jdbc.sql("select min(id) from contact where id > 127 and customer_id <> :c").param("c", customer)
                .query(Long.class).single();
        var result = call("service", "/api/v1/tickets", """
                {"customerId":%d,"contactId":%d,"typeCode":"CONSULTATION","priorityCode":"NORMAL","channel":"PHONE",
                 "subject":"询问保修期"}""".formatted(customer, foreign)).andReturn().getResponse();
        assertThat(result.getStatus()).isEqualTo(400);
        assertThat(result.getContentAsString()).contains("contactId");
    }

    @Test
    void assignsToServiceStaffWhoseIdIsAbove127() throws Exception {
        long staff = jdbc.sql("""
                insert into app_user(id, username, password_hash, name)
                overriding system value
                values ((select greatest(max(id), 1000) + 1 from app_user), :u, '{noop}x', '新客服')
                returning id""").param("u", "svc" + System.nanoTime()).query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = 'SERVICE_STAFF'")
                .param("id", staff).update();
        long id = create("REPAIR", ",\"content\":\"电机过热\"");
        JsonNode assigned = ok(call("servicelead", "/api/v1/tickets/" + id + "/assign", "{\"assigneeId\":" + staff + "}"));
        assertThat(assigned.get("ticket").get("assigneeId").asLong()).isEqualTo(staff);
        assertThat(assigned.get("ticket").get("status").asString()).isEqualTo("ASSIGNED");
    }
}
