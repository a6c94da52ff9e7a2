package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** The customer module with all it uses: a look-alike customer is caught, and an account manager sees only their own. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
// No first administrator: the demo data of the whole-application tests in this JVM needs a database without users.
@TestPropertySource(properties = "kehu.first-administrator=false")
@Transactional
class CustomerModuleTests {

    @Autowired
    CustomerManagement customers;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in a new account manager past the first ids; answers their id. */
    private long signInAsNewAccountManager() {
        String username = "am" + System.nanoTime();
        long id = jdbc.sql("""
                insert into app_user(id, username, password_hash, name) overriding system value
                values ((select greatest(max(id), 1000) + 1 from app_user), :u, '{noop}x', '客户经理') returning id""")
                .param("u", username).query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = 'ACCOUNT_MANAGER'")
                .param("id", id).update();
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return id;
    }

    private CustomerDetails create(String name, boolean confirmDuplicate) {
        CustomerInput in = new CustomerInput();
        in.setName(name);
        return customers.create(in, confirmDuplicate);
    }

    @Test
    void aCustomerWithTheNameOfAnExistingOneIsShownTheDuplicateUntilConfirmed() {
        signInAsNewAccountManager();
        CustomerDetails first = create("景德镇模块测试陶瓷厂", false);

        assertThatThrownBy(() -> create("景德镇模块测试陶瓷厂", false))
                .isInstanceOfSatisfying(DuplicateCustomersException.class, e -> assertThat(e.duplicates())
                        .anySatisfy(d -> {
                            assertThat(d.id()).isEqualTo(first.id());
                            assertThat(d.matchedOn()).isEqualTo("name");
                        }));
        assertThat(create("景德镇模块测试陶瓷厂", true).id()).isNotEqualTo(first.id());
    }

    @Test
    void anAccountManagerDoesNotFindAnotherAccountManagersCustomer() {
        signInAsNewAccountManager();
        CustomerDetails theirs = create("萍乡模块测试耐火材料厂", false);

        signInAsNewAccountManager();

        assertThat(customers.find(theirs.id())).isEmpty();
        assertThat(customers.summary(theirs.id())).isEmpty();
    }
}
