package org.kehu.portal.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** 上传DIY产品 on the portal: a contact uploads a design of their company, follows its review, and nobody else sees it. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalDesignUploadTests extends ShowcaseTestSupport {

    private static final String TITLE = "测试上传的夹具设计";

    @BeforeEach
    void largeIds() {
        idsAbove1000("portal_diy_design");
        idsAbove1000("portal_file");
    }

    @AfterEach
    void removeDesigns() {
        jdbc.sql("delete from portal_file where owner_kind = 'DIY' and owner_id in (select id from portal_diy_design where title like '测试上传%')")
                .update();
        jdbc.sql("delete from portal_diy_design where title like '测试上传%'").update();
    }

    private Cookie portal(String login) throws Exception {
        return mvc.perform(formLogin("/portal/login").user(login).password("demo123")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    private static MockMultipartFile png(String name) {
        return new MockMultipartFile("files", name, "image/png", DemoPictures.png(4, "D"));
    }

    private static MockMultipartFile step() {
        return new MockMultipartFile("files", "part.stp", "application/octet-stream",
                "ISO-10303-21;\nHEADER;\nENDSEC;\n".getBytes(StandardCharsets.US_ASCII));
    }

    private MockMultipartHttpServletRequestBuilder upload(Cookie session, String title, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/portal/designs");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.param("title", title).param("description", "一段说明").param("lang", "en");
        request.cookie(session).with(csrf());
        return request;
    }

    private long designTitled(String title) {
        return jdbc.sql("select id from portal_diy_design where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void theBuyerUploadsADesignOfTheirCompanyAndFollowsItsReview() throws Exception {
        Cookie buyer = portal("buyer");
        var result = mvc.perform(upload(buyer, TITLE, png("草图.png"), step())).andExpect(status().is3xxRedirection())
                .andReturn();
        long id = designTitled(TITLE);
        assertThat(id).isGreaterThan(1000);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/portal/designs/" + id);
        long company = jdbc.sql("select customer_id from portal_account where login = 'buyer'").query(Long.class).single();
        assertThat(jdbc.sql("select customer_id from portal_diy_design where id = ?").param(id).query(Long.class).single())
                .isEqualTo(company);
        assertThat(files.list(FileOwner.DIY, id)).extracting(StoredFile::contentType)
                .containsExactly("image/png", "application/step");

        mvc.perform(get("/portal/designs").cookie(buyer).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(TITLE))).andExpect(content().string(containsString("Submitted")));
        long stepFile = files.list(FileOwner.DIY, id).get(1).id();
        mvc.perform(get("/portal/designs/" + id + "/files/" + stepFile).cookie(buyer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("ISO-10303-21")));
        // the staff review list has it, and a rejection's reason reaches the customer
        assertThat(html(get("/diy-designs").with(as("marketing")))).contains(TITLE);
        jdbc.sql("update portal_diy_design set status = 'REJECTED', reason = '尺寸标注不全' where id = ?").param(id).update();
        mvc.perform(get("/portal/designs/" + id).cookie(buyer).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("尺寸标注不全"))).andExpect(content().string(containsString("Rejected")));
    }

    @Test
    void anotherCompanysContactGetsNotFoundForTheDesignAndItsFiles() throws Exception {
        mvc.perform(upload(portal("buyer"), TITLE, png("a.png"))).andExpect(status().is3xxRedirection());
        long id = designTitled(TITLE);
        long file = files.list(FileOwner.DIY, id).get(0).id();
        Cookie buyer2 = portal("buyer2");
        mvc.perform(get("/portal/designs/" + id).cookie(buyer2)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/designs/" + id + "/files/" + file).cookie(buyer2)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/designs").cookie(buyer2)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(TITLE))));
        // nor does a visitor: the design is not recommended, so its picture is not public either
        mvc.perform(get("/portal/designs/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/files/" + file)).andExpect(status().isNotFound());
    }

    @Test
    void refusesAMissingTitleNoFilesTooManyFilesAndAFileThatIsNotWhatItSays() throws Exception {
        Cookie buyer = portal("buyer");
        mvc.perform(upload(buyer, " ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"design-title-error\"")))
                .andExpect(content().string(containsString("Attach at least one picture")));
        mvc.perform(upload(buyer, TITLE, png("1.png"), png("2.png"), png("3.png"), png("4.png"), png("5.png"), png("6.png")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("At most 5 files")));
        MockMultipartFile fake = new MockMultipartFile("files", "evil.dwg", "image/vnd.dwg",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        mvc.perform(upload(buyer, TITLE, fake)).andExpect(status().isOk())
                .andExpect(content().string(containsString("recognised by their content")));
        assertThat(jdbc.sql("select count(*) from portal_diy_design where title like '测试上传%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aRecommendedDesignIsShownPubliclyOnlyWhenTheCustomerChoseToPublishIt() throws Exception {
        Cookie buyer = portal("buyer");
        mvc.perform(upload(buyer, TITLE + "公开", png("a.png")).param("publish", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(upload(buyer, TITLE + "不公开", png("b.png"))).andExpect(status().is3xxRedirection());
        long shown = designTitled(TITLE + "公开");
        long kept = designTitled(TITLE + "不公开");
        String before = html(get("/portal/catalog/designs"));
        assertThat(before).doesNotContain(TITLE);
        jdbc.sql("update portal_diy_design set status = 'RECOMMENDED' where id in (?, ?)").params(shown, kept).update();
        String after = html(get("/portal/catalog/designs"));
        assertThat(after).contains(TITLE + "公开").doesNotContain(TITLE + "不公开");
        mvc.perform(get("/portal/catalog/designs/" + kept)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/files/" + files.list(FileOwner.DIY, kept).get(0).id())).andExpect(status().isNotFound());
    }
}
