package org.kehu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * With {@code spring.datasource.url} set the application uses that database: no embedded server, no
 * demo data, and the first administrator's password from {@code KEHU_ADMIN_PASSWORD}. A separate
 * PostgreSQL server plays the external database.
 */
class ExternalDatabaseTests {

    private static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalServer() throws Exception {
        Path dir = Files.createTempDirectory("kehu-external-pg");
        external = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stopExternalServer() throws Exception {
        external.close();
    }

    @Test
    void startsOnTheConfiguredDatabaseWithoutDemoDataAndWithTheGivenAdministratorPassword() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KehuApplication.class)
                .run("--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                        "--kehu.demo-data=", "--server.port=0", "--KEHU_ADMIN_PASSWORD=s3cret-Admin-pw")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select username from app_user").query(String.class).list()).containsExactly("admin");
            assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isZero();
            String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
            assertThat(app.getBean(PasswordEncoder.class).matches("s3cret-Admin-pw", hash)).isTrue();
            assertThat(app.getBeanProvider(org.kehu.shared.embedded.EmbeddedDatabase.class).getIfAvailable()).isNull();
        }
    }
}
