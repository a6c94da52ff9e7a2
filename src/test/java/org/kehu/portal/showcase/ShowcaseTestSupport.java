package org.kehu.portal.showcase;

import org.kehu.shared.FileType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs in demo staff, reads pages as text, and makes showcase records straight in the tables. */
abstract class ShowcaseTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ShowcaseFiles files;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Moves a table's ids past 1,000, so that tests never pass by the small ids that boxed numbers share. */
    void idsAbove1000(String table) {
        jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), greatest(1000, (select coalesce(max(id), 0) from "
                + table + ")))").query(Long.class).single();
    }

    long customerOf(String ownerUsername) {
        return jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id where u.username = ? order by c.id limit 1""")
                .param(ownerUsername).query(Long.class).single();
    }

    long enterprise(EnterpriseKind kind, String name, boolean published) {
        return jdbc.sql("insert into portal_enterprise(kind, name, summary, published) values (?, ?, '简介', ?) returning id")
                .params(kind.name(), name, published).query(Long.class).single();
    }

    long concept(String name, boolean published) {
        return jdbc.sql("insert into portal_concept(name, stage, published) values (?, 'DESIGN', ?) returning id")
                .params(name, published).query(Long.class).single();
    }

    long picture(FileOwner owner, long ownerId) {
        files.store(owner, ownerId, List.of(new Upload("p.png", DemoPictures.png(3, "T"))), List.of(FileType.PNG));
        return files.list(owner, ownerId).get(0).id();
    }

    long design(long customerId, String title, DiyStatus status) {
        return jdbc.sql("insert into portal_diy_design(customer_id, title, status) values (?, ?, ?) returning id")
                .params(customerId, title, status.name()).query(Long.class).single();
    }
}
