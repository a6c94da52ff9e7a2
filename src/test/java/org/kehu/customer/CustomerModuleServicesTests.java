package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** What other modules rely on: the scoped summary, the events, and the dictionary usage check. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@RecordApplicationEvents
class CustomerModuleServicesTests extends CustomerTestSupport {

    @Autowired
    CustomerManagement customers;
    @Autowired
    List<DictionaryUsage> usages;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @Test
    void summaryAnswersOnlyWithinTheCallersScope() throws Exception {
        long id = createCustomer("manager", "九江摘要测试纸业公司").get("id").asLong();
        signIn("manager2");
        assertThat(customers.summary(id)).isEmpty();
        signIn("director");
        assertThat(customers.summary(id)).get().extracting(CustomerSummary::name).isEqualTo("九江摘要测试纸业公司");
    }

    @Test
    void publishesRegistrationAndOwnerChanges() throws Exception {
        signIn("director");
        CustomerInput in = new CustomerInput();
        in.setName("赣州事件测试稀土公司");
        in.setOwnerId(userId("manager"));
        CustomerDetails created = customers.create(in, true);
        customers.transfer(List.of(created.id()), userId("director"), null);
        assertThat(events.stream(CustomerRegistered.class)).anyMatch(e -> e.customerId() == created.id());
        assertThat(events.stream(CustomerOwnerChanged.class))
                .anyMatch(e -> e.customerId() == created.id() && e.newOwnerId() == userId("director"));
    }

    @Test
    void tellsTheDictionaryWhichEntriesAndRegionsAreInUse() throws Exception {
        createCustomerJson("manager", "{\"name\":\"宜昌字典测试水泥厂\",\"natureCode\":\"SOLE\",\"provinceCode\":\"420000\",\"cityCode\":\"420100\"}");
        jdbc.sql("insert into dict_entry(type, code, label_zh, label_en, sort_order) values ('CUSTOMER_NATURE', 'UNUSED_TEST', '未用', 'Unused', 999)").update();
        jdbc.sql("insert into region(code, parent_code, level, name_zh, name_en) values ('429999', '420000', 2, '测试市', 'Test city')").update();
        assertThat(usages).anyMatch(u -> u.uses(DictionaryType.CUSTOMER_NATURE, "SOLE"));
        assertThat(usages).noneMatch(u -> u.uses(DictionaryType.CUSTOMER_NATURE, "UNUSED_TEST"));
        assertThat(usages).anyMatch(u -> u.usesRegion("420100"));
        assertThat(usages).noneMatch(u -> u.usesRegion("429999"));
    }
}
