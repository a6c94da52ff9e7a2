package org.kehu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheEmbeddedDatabaseAndLoadsTheDemoLogins() {
        assertThat(jdbc.sql("select username from app_user order by username").query(String.class).list())
                .contains("admin", "executive", "director", "manager", "manager2", "service", "servicelead", "marketing");
    }
}
