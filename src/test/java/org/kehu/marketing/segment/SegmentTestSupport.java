package org.kehu.marketing.segment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kehu.analytics.CustomerRfmSegments;
import org.kehu.identity.internal.StaffAccounts;
import org.kehu.marketing.SqlSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Segments made as a signed-in marketer, customers and contacts of the tests' own, and SQL sets run as a campaign would. */
abstract class SegmentTestSupport {

    @Autowired
    Segments segments;
    @Autowired
    CustomerRfmSegments rfm;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    StaffAccounts accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    void signIn(String username) {
        UserDetails u = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    /** Runs a set the way a campaign does: as SQL with its named parameters. */
    List<Long> run(SqlSet set, String column) {
        return named.query(set.sql(), set.params(), (rs, i) -> rs.getLong(column));
    }

    long customer(String name, String province, String owner) {
        return jdbc.sql("""
                insert into customer(code, name, name_initials, province_code, owner_id)
                values (:code, :name, 'X', :province, :owner) returning id""")
                .param("code", "SEGT" + System.nanoTime()).param("name", name).param("province", province)
                .param("owner", userId(owner)).query(Long.class).single();
    }

    long contact(long customerId, String name, String email, boolean consent, boolean optedOut, LocalDate birthday) {
        return jdbc.sql("""
                insert into contact(customer_id, name, email, marketing_consent, opted_out_at, birthday)
                values (:c, :name, :email, :consent, case when :out then now() end, :birthday) returning id""")
                .param("c", customerId).param("name", name).param("email", email).param("consent", consent)
                .param("out", optedOut).param("birthday", birthday).query(Long.class).single();
    }

    void purchase(long customerId, LocalDate day) {
        jdbc.sql("insert into analytics_purchase_day(customer_id, day, amount, order_count) values (:c, :d, 100, 1)")
                .param("c", customerId).param("d", day).update();
    }

    static SegmentCriteria criteria(Map<String, Object> fields) {
        return tools.jackson.databind.json.JsonMapper.builder().build().convertValue(fields, SegmentCriteria.class);
    }
}
