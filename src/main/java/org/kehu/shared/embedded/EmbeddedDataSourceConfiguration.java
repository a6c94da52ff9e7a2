package org.kehu.shared.embedded;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing else. Its data lives in {@code kehu.embedded.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDataSourceConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(@Value("${kehu.embedded.data-dir:./data}") Path dataDirectory,
            @Value("${kehu.embedded.clean:false}") boolean clean) {
        return new EmbeddedDatabase(EmbeddedPostgres.jdbcUrl(dataDirectory, clean));
    }

    /**
     * The pool, sized by {@code kehu.embedded.pool-size}; the other {@code spring.datasource.hikari.*} settings apply
     * as they would to a configured database (tests keep few idle connections: every cached test context has a pool).
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database, @Value("${kehu.embedded.pool-size:10}") int poolSize) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(database.jdbcUrl());
        ds.setUsername("postgres");
        ds.setPassword("postgres");
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("kehu-embedded");
        return ds;
    }
}
