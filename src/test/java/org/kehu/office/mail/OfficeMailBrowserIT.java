package org.kehu.office.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account manager finds a customer's contact in the address book by the pinyin initials of the name, writes to
 * them from there with a PDF attached, reads the sent mail with its file and its place in the outbox (no SMTP here),
 * and finds the mail on the customer's timeline.
 */
class OfficeMailBrowserIT extends BrowserTestSupport {

    private static final String SUBJECT = "年度框架协议草案（浏览器测试）";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JdbcClient jdbc;

    private record Contact(long id, long customerId, String name, String customerName) {
    }

    @AfterEach
    void removeMail() {
        jdbc.sql("delete from mail_message where subject = :s").param("s", SUBJECT).update();
        jdbc.sql("delete from office_mail where subject = :s").param("s", SUBJECT).update();
    }

    @Test
    void aMailWithAFileGoesToAContactFromTheAddressBookAndShowsOnTheTimeline() {
        Contact contact = jdbc.sql("""
                select c.id, c.customer_id, c.name, cu.name as customer_name from contact c
                  join customer cu on cu.id = c.customer_id join app_user u on u.id = cu.owner_id
                 where u.username = 'manager' and c.email is not null and c.id > 127 and c.name ~ '^[一-龥]{2,4}$'
                 order by c.id limit 1""").query(Contact.class).single();

        login("manager");
        page.click("#menu-address-book");
        page.fill("#address-q", contact.name());
        assertThat(page.locator("#address-contact-" + contact.id())).containsText(contact.customerName());
        screenshot("office-address-book");
        page.click("#address-write-contact-" + contact.id());

        page.waitForURL(u -> u.contains("/mails/new"));
        assertThat(page.locator("#mail-contact-" + contact.id())).isChecked();
        page.fill("#mail-subject", SUBJECT);
        page.fill("#mail-body", "您好：\n附件是明年框架协议的草案，请审阅。");
        page.setInputFiles("#mail-files", new FilePayload("框架协议草案.pdf", "application/pdf", PDF));
        screenshot("office-mail-form");
        page.click("#mail-send");

        page.waitForURL(u -> u.matches(".*/mails/\\d+$"));
        assertThat(page.locator("#mail-subject")).hasText(SUBJECT);
        assertThat(page.locator("#mail-recipients")).containsText(contact.name());
        assertThat(page.locator("#mail-attachments")).containsText("框架协议草案.pdf");
        screenshot("office-mail-sent");
        assertThat(jdbc.sql("""
                select count(*) from mail_attachment a join mail_message m on m.id = a.message_id
                 where m.subject = :s and a.filename = '框架协议草案.pdf' and m.status = 'OUTBOX'""")
                .param("s", SUBJECT).query(Long.class).single()).isEqualTo(1L);

        page.locator("#mail-recipients a").first().click();
        page.waitForURL(u -> u.contains("/customers/" + contact.customerId()));
        assertThat(page.locator("#customer-timeline .timeline-mail").first()).containsText(SUBJECT);
        screenshot("office-mail-timeline");
    }
}
