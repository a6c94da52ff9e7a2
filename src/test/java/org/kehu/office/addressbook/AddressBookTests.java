package org.kehu.office.addressbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ezvcard.Ezvcard;
import ezvcard.VCard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.PinyinInitials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class AddressBookTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Long> created = new ArrayList<>();

    private record Contact(long id, String name, String email) {
    }

    @AfterEach
    void removeEntries() {
        created.forEach(id -> jdbc.sql("delete from office_address_entry where id = :id").param("id", id).update());
        created.clear();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A contact with a Chinese name of a customer the user owns, past the first ids. */
    private Contact contactOf(String username) {
        return jdbc.sql("""
                select c.id, c.name, c.email from contact c join customer cu on cu.id = c.customer_id
                  join app_user u on u.id = cu.owner_id
                 where u.username = :u and c.id > 127 and c.name ~ '^[一-龥]{2,4}$' order by c.id limit 1""")
                .param("u", username).query(Contact.class).single();
    }

    private JsonNode search(String username, String q) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/address-book").param("q", q).param("size", "200").with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<Long> ids(JsonNode cards) {
        List<Long> ids = new ArrayList<>();
        cards.forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    private long createEntry(String username, String body) throws Exception {
        JsonNode entry = json.readTree(mvc.perform(post("/api/v1/address-book/entries").with(as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        created.add(entry.get("id").asLong());
        return entry.get("id").asLong();
    }

    @Test
    void pinyinInitialsFindAColleague() throws Exception {
        JsonNode found = search("manager", "zm");
        assertThat(found.get("staff")).anyMatch(s -> s.get("name").asText().equals("周敏")
                && s.get("organisation").asText().length() > 0 && s.get("email").asText().equals("marketing@kehu.example.cn"));
        assertThat(found.get("staff")).noneMatch(s -> s.get("name").asText().equals("Administrator"));
    }

    @Test
    void contactsAreFoundByNameAndByPinyinInitialsWithinTheScopeOnly() throws Exception {
        Contact mine = contactOf("manager");
        String initials = PinyinInitials.of(mine.name());

        assertThat(ids(search("manager", mine.name()).get("contacts").get("items"))).contains(mine.id());
        assertThat(ids(search("manager", initials).get("contacts").get("items"))).contains(mine.id());
        // manager2 is in another department and owns other customers: the same searches find nothing of manager's
        assertThat(ids(search("manager2", mine.name()).get("contacts").get("items"))).doesNotContain(mine.id());
        assertThat(ids(search("manager2", initials).get("contacts").get("items"))).doesNotContain(mine.id());
        // the director sees his department's customers
        assertThat(ids(search("director", mine.name()).get("contacts").get("items"))).contains(mine.id());
    }

    @Test
    void aContactRenamedIsFoundByItsNewInitials() throws Exception {
        Contact mine = contactOf("manager");
        search("manager", "zzz"); // the index has seen every contact now
        try {
            jdbc.sql("update contact set name = '欧阳修远', updated_at = now() where id = :id").param("id", mine.id()).update();
            assertThat(ids(search("manager", "oyxy").get("contacts").get("items"))).contains(mine.id());
            assertThat(ids(search("manager", PinyinInitials.of(mine.name())).get("contacts").get("items")))
                    .doesNotContain(mine.id());
        } finally {
            jdbc.sql("update contact set name = :name where id = :id").param("name", mine.name()).param("id", mine.id()).update();
        }
    }

    @Test
    void personalEntriesAreTheirOwnersAlone() throws Exception {
        long id = createEntry("manager", """
                {"name":"蒋卫东","company":"江城五金","mobile":"13907150123","email":"jiangwd@jc.example.cn"}""");
        assertThat(ids(search("manager", "jwd").get("personal"))).contains(id);
        assertThat(ids(search("manager2", "蒋卫东").get("personal"))).doesNotContain(id);
        mvc.perform(get("/api/v1/address-book/entries/" + id).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/address-book/entries/" + id).with(as("manager2")).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(put("/api/v1/address-book/entries/" + id).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"蒋卫东\",\"company\":\"江城五金集团\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.company").value("江城五金集团"));
        mvc.perform(put("/api/v1/address-book/entries/" + id).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"蒋卫东\",\"version\":0}")).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/address-book/entries/" + id).with(as("manager")).with(csrf()))
                .andExpect(status().isNoContent());
    }

    @Test
    void badEntriesAreRefusedFieldByField() throws Exception {
        mvc.perform(post("/api/v1/address-book/entries").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"email\":\"not-an-address\",\"mobile\":\"12\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("name"),
                        org.hamcrest.Matchers.containsString("email"), org.hamcrest.Matchers.containsString("mobile"))));
        mvc.perform(get("/api/v1/address-book").param("after", "not-a-cursor").with(as("manager")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void vCardExportHoldsEveryPartAndEscapesWhatVCardReserves() throws Exception {
        createEntry("manager", """
                {"name":"王,小;明","company":"A;B 公司","title":"经理\\\\主管","mobile":"13907150124","email":"wxm@ab.example.cn"}""");
        Contact mine = contactOf("manager");
        byte[] body = mvc.perform(get("/address-book/export.vcf").with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/vcard"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);

        assertThat(text).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n");
        assertThat(text).contains("FN:王\\,小\\;明\r\n", "ORG:A\\;B 公司\r\n", "TITLE:经理\\\\主管\r\n", "N:周;敏\r\n");
        List<VCard> cards = Ezvcard.parse(text).all();
        assertThat(cards).anyMatch(c -> c.getFormattedName().getValue().equals("王,小;明")
                && c.getOrganization().getValues().equals(List.of("A;B 公司"))
                && c.getEmails().get(0).getValue().equals("wxm@ab.example.cn"));
        assertThat(cards).anyMatch(c -> c.getFormattedName().getValue().equals("周敏"));
        assertThat(cards).anyMatch(c -> c.getFormattedName().getValue().equals(mine.name()));

        // manager2's export holds none of manager's contacts or entries
        String other = mvc.perform(get("/address-book/export.vcf").with(as("manager2"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).doesNotContain("王\\,小\\;明").doesNotContain("EMAIL;TYPE=internet,work:" + mine.email() + "\r\n");
    }

    @Test
    void excelExportIsAWorkbookAndAWrongFormatIsRefused() throws Exception {
        byte[] xlsx = mvc.perform(get("/address-book/export").param("format", "xlsx").param("q", "zm").with(as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        String csv = mvc.perform(get("/address-book/export").param("format", "csv").param("q", "zm").with(as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("周敏", "marketing@kehu.example.cn");
        mvc.perform(get("/address-book/export").param("format", "pdf").with(as("manager"))).andExpect(status().isBadRequest());
    }

    @Test
    void thePageShowsTheThreePartsAndItsFormRefusesAMissingName() throws Exception {
        mvc.perform(get("/address-book").param("q", "zm").with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("周敏")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("address-personal")));
        mvc.perform(post("/address-book/entries").with(as("manager")).with(csrf()).param("name", "").param("email", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
        assertThat(jdbc.sql("select count(*) from office_address_entry where name = ''").query(Long.class).single()).isZero();
    }
}
