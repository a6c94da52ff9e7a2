package org.kehu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.notification.internal.Inbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** The notifications module with all it uses (identity for the signed-in user, and what identity uses): the bell's unread count. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
// No first administrator: the demo data of the whole-application tests in this JVM needs a database without users.
@TestPropertySource(properties = "kehu.first-administrator=false")
@Transactional
class NotificationModuleTests {

    @Autowired
    Notifications notifications;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcClient jdbc;

    /** A user past the first ids, so that nothing depends on an id fitting in a byte. */
    private long user(String name) {
        return jdbc.sql("""
                insert into app_user(id, username, password_hash, name) overriding system value
                values ((select greatest(max(id), 1000) + 1 from app_user), :u, '{noop}x', :n) returning id""")
                .param("u", name + System.nanoTime()).param("n", name).query(Long.class).single();
    }

    @Test
    void theUnreadCountGrowsOncePerRecipientAndFallsWhenOneIsOpened() {
        long reader = user("读者");
        long other = user("旁人");

        notifications.notify(List.of(reader, reader, other), "notification.title", List.of(), "/customers");
        notifications.notify(reader, "notification.title", List.of(), "/orders");

        assertThat(inbox.unread(reader)).isEqualTo(2);
        assertThat(inbox.unread(other)).isEqualTo(1);

        long newest = inbox.latest(reader, 1).get(0).id();
        assertThat(inbox.open(reader, newest)).contains("/orders");
        assertThat(inbox.unread(reader)).isEqualTo(1);
    }

    @Test
    void someoneElsesNotificationCannotBeOpenedAndStaysUnread() {
        long reader = user("读者");
        long other = user("旁人");
        notifications.notify(other, "notification.title", List.of(), "/customers");
        long theirs = inbox.latest(other, 1).get(0).id();

        assertThat(inbox.open(reader, theirs)).isEmpty();
        assertThat(inbox.unread(other)).isEqualTo(1);
    }
}
