package org.kehu.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.sales.internal.DevelopmentPlans;
import org.kehu.sales.internal.DevelopmentPlans.Outcome;
import org.kehu.sales.internal.Opportunity;
import org.kehu.sales.internal.OpportunityInput;
import org.kehu.sales.internal.OpportunityService;
import org.kehu.sales.internal.OpportunityStatus;
import org.kehu.shared.RuleViolationException;
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

/** The sales module with all it uses: an opportunity is closed only once developed, and stays closed. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
// No first administrator: the demo data of the whole-application tests in this JVM needs a database without users.
@TestPropertySource(properties = "kehu.first-administrator=false")
@Transactional
class SalesModuleTests {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    DevelopmentPlans plans;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in a new administrator (who may create, assign and close) past the first ids; answers their id. */
    private long signIn() {
        String username = "adm" + System.nanoTime();
        long id = jdbc.sql("""
                insert into app_user(id, username, password_hash, name) overriding system value
                values ((select greatest(max(id), 1000) + 1 from app_user), :u, '{noop}x', '销售管理员') returning id""")
                .param("u", username).query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = 'ADMIN'").param("id", id).update();
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return id;
    }

    private long newOpportunity() {
        OpportunityInput in = new OpportunityInput();
        in.setProspectName("抚州模块测试纺织厂");
        in.setSummary("新厂房空压机");
        return opportunities.create(in).getId();
    }

    @Test
    void aNewOpportunityCannotBeClosedBeforeItIsAssigned() {
        signIn();
        long id = newOpportunity();

        assertThatThrownBy(() -> plans.close(id, Outcome.LOST, "PRICE", null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sales.error.close-unassigned"));
        assertThat(opportunities.get(id).getStatus()).isEqualTo(OpportunityStatus.NEW);
    }

    @Test
    void aLostOpportunityCanNeitherMoveStageNorBeAssignedAgain() {
        long me = signIn();
        long id = newOpportunity();
        opportunities.assign(List.of(id), me);
        Opportunity lost = plans.close(id, Outcome.LOST, "PRICE", "价格高于竞争对手");
        String stage = lost.getStageCode();

        assertThatThrownBy(() -> opportunities.changeStage(id, "PROPOSAL"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sales.error.closed"));
        assertThatThrownBy(() -> opportunities.assign(List.of(id), me))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sales.error.assign-closed"));
        assertThat(opportunities.get(id).getStatus()).isEqualTo(OpportunityStatus.LOST);
        assertThat(opportunities.get(id).getStageCode()).isEqualTo(stage);
    }
}
