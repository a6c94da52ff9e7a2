package org.kehu.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kehu.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

/** The mail module with only the shared kernel: what goes into the outbox, and what is refused at the door. */
@ApplicationModuleTest(extraIncludes = "shared")
@Transactional
class MailModuleTests {

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsAMessageInTheOutboxUntilItIsSent() {
        long id = mailer.send("kehu.customer@example.cn", "满意度调查", "<p>您好</p>", "您好");

        assertThat(jdbc.sql("select status from mail_message where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(MailStatus.OUTBOX.name());
    }

    @Test
    void refusesAnAddressWithoutADomainAndNamesTheField() {
        assertThatThrownBy(() -> mailer.send("kehu.customer", "满意度调查", "<p>您好</p>", "您好"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("to"));
    }
}
