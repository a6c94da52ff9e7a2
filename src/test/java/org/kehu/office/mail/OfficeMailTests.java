package org.kehu.office.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** E-mail to colleagues and contacts, sent through SMTP (GreenMail here) after the commit, with its files. */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeMailTests {

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

    /** A PDF and an Excel workbook's first bytes with a Chinese name: what must arrive byte for byte. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] XLSX = new byte[3000];

    static {
        XLSX[0] = 'P';
        XLSX[1] = 'K';
        XLSX[2] = 3;
        XLSX[3] = 4;
        for (int i = 4; i < XLSX.length; i++) {
            XLSX[i] = (byte) (i * 31);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private record Contact(long id, long customerId, String name, String email) {
    }

    @AfterEach
    void removeMail() {
        jdbc.sql("delete from mail_message where subject like 'OMT %'").update();
        jdbc.sql("delete from office_mail where subject like 'OMT %'").update();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private Contact contactOf(String username) {
        return jdbc.sql("""
                select c.id, c.customer_id, c.name, c.email from contact c join customer cu on cu.id = c.customer_id
                  join app_user u on u.id = cu.owner_id
                 where u.username = :u and c.email is not null and c.id > 127 order by c.id limit 1""")
                .param("u", username).query(Contact.class).single();
    }

    private MockMultipartHttpServletRequestBuilder mail(String subject) {
        MockMultipartHttpServletRequestBuilder request = multipart("/mails");
        request.param("subject", subject).param("body", "您好：\n附件是产品目录和价格表，请查收。");
        return request;
    }

    @Test
    void filesReachTheContactIntactAndTheMailShowsOnTheCustomersTimeline() throws Exception {
        Contact contact = contactOf("manager");
        String location = mvc.perform(mail("OMT 产品资料").file(new MockMultipartFile("files", "产品目录.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("files", "价格表.xlsx", "application/octet-stream", XLSX))
                        .param("contactIds", String.valueOf(contact.id())).param("userIds", String.valueOf(userId("marketing")))
                        .with(as("manager")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/mails/\\d+");

        MimeMessage received = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m, contact.email())).findFirst()
                .orElseThrow();
        assertThat(received.getSubject()).isEqualTo("OMT 产品资料");
        Map<String, byte[]> files = attachments(received);
        assertThat(files).containsOnlyKeys("产品目录.pdf", "价格表.xlsx");
        assertThat(files.get("产品目录.pdf")).isEqualTo(PDF);
        assertThat(files.get("价格表.xlsx")).isEqualTo(XLSX);
        assertThat(Arrays.stream(greenMail.getReceivedMessages())).anyMatch(m -> to(m, "marketing@kehu.example.cn"));

        mvc.perform(get("/customers/" + contact.customerId()).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("timeline-mail")))
                .andExpect(content().string(containsString("OMT 产品资料")));
        mvc.perform(get("/mails").with(as("manager"))).andExpect(content().string(containsString("OMT 产品资料")));
        mvc.perform(get(location).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("产品目录.pdf")));
        // a colleague it was sent to reads it; someone who neither wrote nor received it, nor sees the customer, does not
        mvc.perform(get(location).with(as("marketing"))).andExpect(status().isOk());
        mvc.perform(get(location).with(as("manager2"))).andExpect(status().isNotFound());
        long attachment = jdbc.sql("select a.id from office_mail_attachment a join office_mail m on m.id = a.mail_id"
                + " where m.subject = 'OMT 产品资料' and a.filename = '价格表.xlsx'").query(Long.class).single();
        byte[] download = mvc.perform(get(location + "/attachments/" + attachment).with(as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(download).isEqualTo(XLSX);
        mvc.perform(get(location + "/attachments/" + attachment).with(as("manager2"))).andExpect(status().isNotFound());
    }

    @Test
    void aContactOutsideTheSendersScopeIsRefusedAndNothingIsSent() throws Exception {
        Contact managers = contactOf("manager");
        mvc.perform(mail("OMT 越权").param("contactIds", String.valueOf(managers.id())).with(as("manager2")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(not(containsString(managers.email()))));
        assertThat(jdbc.sql("select count(*) from mail_message where subject = 'OMT 越权'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from office_mail where subject = 'OMT 越权'").query(Long.class).single()).isZero();
    }

    @Test
    void programsAndMissingRecipientsAreRefusedBesideTheForm() throws Exception {
        Contact contact = contactOf("manager");
        mvc.perform(mail("OMT 程序").file(new MockMultipartFile("files", "setup.exe", "application/octet-stream", "MZ...".getBytes(StandardCharsets.US_ASCII)))
                        .param("contactIds", String.valueOf(contact.id())).with(as("manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("mail-errors")));
        mvc.perform(mail("OMT 无人").with(as("manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(multipart("/mails").param("userIds", String.valueOf(userId("marketing"))).with(as("manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        assertThat(jdbc.sql("select count(*) from mail_message where subject like 'OMT %'").query(Long.class).single()).isZero();
    }

    @Test
    void theFormComesWithTheContactChosenInTheAddressBook() throws Exception {
        Contact contact = contactOf("manager");
        mvc.perform(get("/mails/new").param("contactId", String.valueOf(contact.id())).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("mail-contact-" + contact.id())));
        mvc.perform(get("/mails/new").param("contactId", String.valueOf(contact.id())).with(as("manager2")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("mail-contact-" + contact.id()))));
    }

    private static boolean to(MimeMessage m, String address) {
        try {
            return m.getAllRecipients()[0].toString().equals(address);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static Map<String, byte[]> attachments(Part part) throws Exception {
        Map<String, byte[]> found = new LinkedHashMap<>();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.put(MimeUtility.decodeText(part.getFileName()), part.getInputStream().readAllBytes());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.putAll(attachments(multipart.getBodyPart(i)));
            }
        }
        return found;
    }
}
