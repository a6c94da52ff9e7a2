package org.kehu.portal.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.annotation.Transactional;

/** The back office of the portal's content: who may keep it, and what a save checks. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ShowcaseBackOfficeTests extends ShowcaseTestSupport {

    @BeforeEach
    void largeIds() {
        idsAbove1000("portal_enterprise");
        idsAbove1000("portal_concept");
        idsAbove1000("portal_file");
    }

    @Test
    void contentPagesNeedTheContentPermission() throws Exception {
        assertThat(html(get("/showcase/enterprises").with(as("marketing")))).contains("id=\"enterprise-table\"", "华中机床产业联盟");
        assertThat(html(get("/showcase/concepts").with(as("servicelead")))).contains("id=\"concept-table\"", "氢能源移动加工车");
        mvc.perform(get("/showcase/enterprises").with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/showcase/concepts/new").with(as("service"))).andExpect(status().isForbidden());
        mvc.perform(post("/showcase/concepts").with(as("director")).with(csrf()).param("name", "x").param("stage", "IDEA"))
                .andExpect(status().isForbidden());
        assertThat(html(get("/").with(as("marketing")))).contains("id=\"menu-showcase\"", "id=\"menu-diy-designs\"");
        assertThat(html(get("/").with(as("manager")))).doesNotContain("id=\"menu-showcase\"", "id=\"menu-diy-designs\"");
    }

    @Test
    void createsAnEnterpriseWithAPictureAndPublishesIt() throws Exception {
        MockMultipartFile logo = new MockMultipartFile("images", "logo.png", "image/png", DemoPictures.png(9, "L"));
        mvc.perform(multipart("/showcase/enterprises").file(logo).with(as("marketing")).with(csrf())
                .param("kind", "PARTNER").param("name", "测试新伙伴").param("summary", "简介").param("body", "一段\n\n两段")
                .param("website", "https://example.com").param("sortOrder", "50").param("published", "true"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from portal_enterprise where name = '测试新伙伴'").query(Long.class).single();
        assertThat(files.list(FileOwner.ENTERPRISE, id)).hasSize(1);
        assertThat(html(get("/portal/about/partners"))).contains("测试新伙伴");
        assertThat(html(get("/showcase/enterprises/" + id).with(as("marketing")))).contains("id=\"image-list\"", "测试新伙伴");
    }

    @Test
    void refusesBadFieldsBesideThemAndAPictureThatIsNotOne() throws Exception {
        String page = html(post("/showcase/enterprises").with(as("marketing")).with(csrf()).param("kind", "PARTNER")
                .param("name", " ").param("website", "javascript:alert(1)").param("sortOrder", "-3"));
        assertThat(page).contains("id=\"enterprise-form\"", "id=\"enterprise-name-error\"", "id=\"enterprise-website-error\"",
                "http://", "0 到 100000");
        MockMultipartFile fake = new MockMultipartFile("images", "x.png", "image/png",
                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        String refused = html(multipart("/showcase/concepts").file(fake).with(as("marketing")).with(csrf())
                .param("name", "假图片概念").param("stage", "IDEA"));
        assertThat(refused).contains("id=\"concept-form-errors\"", "只接受图片");
        assertThat(jdbc.sql("select count(*) from portal_concept where name = '假图片概念'").query(Long.class).single()).isZero();
        String badStage = html(post("/showcase/concepts").with(as("marketing")).with(csrf()).param("name", "阶段")
                .param("stage", "LAUNCHED"));
        assertThat(badStage).contains("请从给出的选项中选择");
    }

    @Test
    void aStaleSaveAnswers409AndKeepsTheFirstChange() throws Exception {
        long id = concept("并发概念", true);
        mvc.perform(post("/showcase/concepts/" + id).with(as("marketing")).with(csrf()).param("name", "第一次")
                .param("stage", "DESIGN").param("version", "0")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/showcase/concepts/" + id).with(as("admin")).with(csrf()).param("name", "第二次")
                .param("stage", "DESIGN").param("version", "0")).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"concept-conflict\"");
        assertThat(jdbc.sql("select name from portal_concept where id = ?").param(id).query(String.class).single())
                .isEqualTo("第一次");
    }

    @Test
    void unpublishingHidesAConceptAndItsPicturesFromThePublic() throws Exception {
        long id = concept("撤回概念", true);
        long picture = picture(FileOwner.CONCEPT, id);
        mvc.perform(get("/portal/files/" + picture)).andExpect(status().isOk());
        mvc.perform(post("/showcase/concepts/" + id).with(as("marketing")).with(csrf()).param("name", "撤回概念")
                .param("stage", "DESIGN").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/files/" + picture)).andExpect(status().isNotFound());
        assertThat(html(get("/portal/catalog/concepts"))).doesNotContain("撤回概念");
        mvc.perform(get("/showcase/files/" + picture).with(as("marketing"))).andExpect(status().isOk());
    }
}
