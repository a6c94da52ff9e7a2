package org.kehu.support.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kehu.mail.internal.SmtpDelivery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/** With SMTP settings the invitation goes out through SMTP (GreenMail here) after the commit. */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyMailDeliveryTests extends SurveyTestSupport {

    /** A free port of its own, kept across the restart below, so that parallel builds on one machine do not collide. */
    static final int PORT = freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> PORT);
    }

    static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    SmtpDelivery delivery;

    @Test
    void invitationArrivesByMailWithALinkThatWorksOnce() throws Exception {
        JsonNode survey = createSurvey("邮件调查 A", LocalDate.now().plusDays(10));
        Recipient r = recipient(20);
        send(survey.get("id").asLong(), r.customerId());

        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipientIs(m, r.email())).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("邮件调查 A");
        String text = plainText(mail);
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("link in %s", text).isTrue();
        String token = link.group(1);
        assertThat(jdbc.sql("select status from mail_message where subject = '邮件调查 A'").query(String.class).single()).isEqualTo("SENT");

        var q = survey.get("questions");
        mvc.perform(get("/s/" + token)).andExpect(status().isOk());
        mvc.perform(post("/s/" + token).with(csrf()).param("q" + q.get(0).get("id").asLong(), "5")
                .param("q" + q.get(1).get("id").asLong(), "好")).andExpect(status().isOk())
                .andExpect(content().string(containsString("public-survey-thanks")));
        mvc.perform(get("/s/" + token)).andExpect(status().isConflict());
    }

    @Test
    void failedSendingIsRecordedAndRetried() throws Exception {
        greenMail.stop();
        JsonNode survey = createSurvey("邮件调查 B", LocalDate.now().plusDays(10));
        send(survey.get("id").asLong(), recipient(21).customerId());
        var row = jdbc.sql("select status, error from mail_message where subject = '邮件调查 B'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        assertThat(row[0]).isEqualTo("FAILED");
        assertThat(row[1]).isNotBlank();

        greenMail.start();
        delivery.retry();
        assertThat(jdbc.sql("select status from mail_message where subject = '邮件调查 B'").query(String.class).single()).isEqualTo("SENT");
        assertThat(greenMail.getReceivedMessages()).anyMatch(m -> subjectIs(m, "邮件调查 B"));
    }

    private static boolean recipientIs(MimeMessage m, String email) {
        try {
            return m.getAllRecipients()[0].toString().equals(email);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static boolean subjectIs(MimeMessage m, String subject) {
        try {
            return subject.equals(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
