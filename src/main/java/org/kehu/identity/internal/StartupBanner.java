package org.kehu.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Prints where the application answers and, when the demo users exist, how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);
    private final JdbcClient jdbc;

    StartupBanner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        StringBuilder text = new StringBuilder("\n\n  Kehu CRM is running at http://localhost:")
                .append(web.getWebServer().getPort()).append("/\n");
        boolean demo = jdbc.sql("select count(*) from app_user where username = 'manager2'").query(Long.class).single() > 0;
        if (demo) {
            text.append("  Demo logins (password ").append(StaffDemoData.PASSWORD).append("):\n");
            for (StaffDemoData.DemoUser u : StaffDemoData.USERS) {
                text.append(String.format("    %-12s %s%n", u.username(), u.role()));
            }
        }
        log.info(text.toString());
    }
}
