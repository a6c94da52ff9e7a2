package org.kehu.portal.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** DIY designs: what the upload page submits, and their review by staff over the pages and the API. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DiyDesignReviewTests extends ShowcaseTestSupport {

    @Autowired
    DiyDesigns designs;

    @BeforeEach
    void largeIds() {
        idsAbove1000("portal_diy_design");
        idsAbove1000("portal_file");
    }

    private static Upload png() {
        return new Upload("草图.png", DemoPictures.png(5, "T"));
    }

    @Test
    void submitStoresTheDesignWithItsFilesForReview() {
        long customer = customerOf("manager");
        Upload step = new Upload("part.step", "ISO-10303-21;\nHEADER;\n".getBytes(StandardCharsets.US_ASCII));
        long id = designs.submit(customer, null, "  自制夹具  ", "说明", List.of(png(), step));
        assertThat(id).isGreaterThan(1000);
        assertThat(jdbc.sql("select title || '/' || status from portal_diy_design where id = ?").param(id).query(String.class)
                .single()).isEqualTo("自制夹具/SUBMITTED");
        assertThat(files.list(FileOwner.DIY, id)).extracting(StoredFile::contentType)
                .containsExactly("image/png", "application/step");
    }

    @Test
    void submitRefusesAMissingTitleNoFilesAndFilesThatAreNotWhatTheySay() {
        long customer = customerOf("manager");
        assertThatThrownBy(() -> designs.submit(customer, null, " ", null, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("title", "files"));
        Upload fake = new Upload("evil.dwg", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> designs.submit(customer, null, "标题", null, List.of(png(), fake)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("files", "showcase.error.file-type"));
        byte[] huge = new byte[ShowcaseFiles.MAX_IMAGE_BYTES + 1];
        System.arraycopy(png().content(), 0, huge, 0, 8);
        assertThatThrownBy(() -> designs.submit(customer, null, "标题", null, List.of(new Upload("big.png", huge))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("files", "showcase.error.image-too-large"));
        assertThat(jdbc.sql("select count(*) from portal_diy_design where title = '标题'").query(Long.class).single()).isZero();
    }

    @Test
    void theApiAcceptsRecommendsAndWithdrawsARecommendationStepByStep() throws Exception {
        long id = design(customerOf("manager"), "接口审核设计", DiyStatus.SUBMITTED);
        mvc.perform(post("/api/v1/diy-designs/" + id + "/accept").with(as("marketing")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.reviewedBy").value("周敏"));
        mvc.perform(post("/api/v1/diy-designs/" + id + "/recommend").with(as("marketing")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECOMMENDED"));
        assertThat(html(get("/portal/catalog/designs"))).contains("接口审核设计");
        mvc.perform(post("/api/v1/diy-designs/" + id + "/accept").with(as("marketing")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        assertThat(html(get("/portal/catalog/designs"))).doesNotContain("接口审核设计");
    }

    @Test
    void rejectingNeedsAReasonAndIsFinal() throws Exception {
        long id = design(customerOf("manager"), "拒绝设计", DiyStatus.SUBMITTED);
        mvc.perform(post("/api/v1/diy-designs/" + id + "/reject").with(as("marketing")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
        mvc.perform(post("/api/v1/diy-designs/" + id + "/reject").with(as("marketing")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + "长".repeat(1001) + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/diy-designs/" + id + "/reject").with(as("marketing")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"尺寸不符合安全规范\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("尺寸不符合安全规范"));
        mvc.perform(post("/api/v1/diy-designs/" + id + "/recommend").with(as("marketing")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aStaleVersionIsRefused() throws Exception {
        long id = design(customerOf("manager"), "并发设计", DiyStatus.SUBMITTED);
        mvc.perform(post("/api/v1/diy-designs/" + id + "/accept").with(as("marketing")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":7}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theListFiltersByStatusAndRefusesAnUnknownOne() throws Exception {
        long id = design(customerOf("manager2"), "列表待审设计", DiyStatus.SUBMITTED);
        mvc.perform(get("/api/v1/diy-designs").param("status", "SUBMITTED").with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[*].status").value(not(hasItem("REJECTED"))));
        mvc.perform(get("/api/v1/diy-designs").param("status", "LOST").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/diy-designs").param("after", "garbage").with(as("admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyReviewersMayReviewAndAReviewerLimitedToOwnCustomersSeesNoneOfOthers() throws Exception {
        long id = design(customerOf("manager"), "范围设计", DiyStatus.SUBMITTED);
        mvc.perform(get("/api/v1/diy-designs").with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/diy-designs/" + id + "/accept").with(as("service")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/diy-designs").with(as("manager"))).andExpect(status().isForbidden());

        long role = jdbc.sql("""
                insert into role(code, name_zh, name_en, data_scope) values ('T_DIY_OWN', '本人设计审核', 'Own design review', 'OWN')
                returning id""").query(Long.class).single();
        jdbc.sql("insert into role_permission(role_id, permission) values (?, 'portal.design.review')").param(role).update();
        long user = jdbc.sql("""
                insert into app_user(username, password_hash, name) values ('t_diy_own', '{noop}x', '本人审核员') returning id""")
                .query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) values (?, ?)").params(user, role).update();
        mvc.perform(get("/api/v1/diy-designs").with(as("t_diy_own")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/diy-designs/" + id).with(as("t_diy_own"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/diy-designs/" + id + "/accept").with(as("t_diy_own")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/diy-designs/" + id).with(as("t_diy_own"))).andExpect(status().isNotFound());
    }

    @Test
    void theReviewPageShowsTheFilesAndOnlyTheOpenStepsAndARejectionWithoutReasonStaysOnThePage() throws Exception {
        long id = designs.submit(customerOf("manager"), null, "页面审核设计", "第一段\n\n第二段", List.of(png()));
        String page = html(get("/diy-designs/" + id).with(as("servicelead")));
        assertThat(page).contains("id=\"diy-title\"", "页面审核设计", "<p>第二段</p>", "id=\"diy-files\"",
                "id=\"diy-accept\"", "id=\"diy-recommend\"", "id=\"diy-reject\"");
        String refused = mvc.perform(post("/diy-designs/" + id + "/reject").with(as("servicelead")).with(csrf())
                .param("reason", "").param("version", "0")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"diy-reason-error\"", "必填");
        mvc.perform(post("/diy-designs/" + id + "/reject").with(as("servicelead")).with(csrf())
                .param("reason", "请补充尺寸图").param("version", "0")).andExpect(status().is3xxRedirection());
        String rejected = html(get("/diy-designs/" + id).with(as("servicelead")));
        assertThat(rejected).contains("请补充尺寸图", "已拒绝").doesNotContain("id=\"diy-accept\"", "id=\"diy-reject\"");
        long file = files.list(FileOwner.DIY, id).get(0).id();
        mvc.perform(get("/diy-designs/" + id + "/files/" + file).with(as("servicelead"))).andExpect(status().isOk());
        assertThat(html(get("/diy-designs").param("status", "REJECTED").with(as("servicelead")))).contains("页面审核设计");
    }
}
