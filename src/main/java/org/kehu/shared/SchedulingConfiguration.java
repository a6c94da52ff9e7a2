package org.kehu.shared;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock every module takes the time from, and scheduled jobs. Jobs use {@code @Scheduled} with
 * {@code @SchedulerLock} so that of several nodes on one database only one runs a job at a time.
 * Tests replace the clock with one they can move (a {@code @Primary} bean of type {@link Clock}) and
 * switch the schedule off with {@code kehu.scheduling.enabled=false} to call jobs themselves.
 */
@Configuration(proxyBeanMethods = false)
public class SchedulingConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(BusinessTime.ZONE);
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "kehu.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    @EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
    static class Schedule {
    }
}
