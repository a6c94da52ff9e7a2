package org.kehu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Search finds words and Chinese substrings, ranks title matches first, and remembers what it could not find. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class KnowledgeSearchTests extends KnowledgeTestSupport {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<Long> ids(List<ArticleRow> rows) {
        return rows.stream().map(ArticleRow::id).toList();
    }

    @Test
    void aChineseSubstringFindsTheArticleWhoseTitleContainsIt() {
        long bearing = article("蜗杆主轴轴承更换步骤", "先拆下防护罩，再拆主轴。", Visibility.BOTH, ArticleStatus.PUBLISHED);
        long other = article("蜗杆导轨润滑", "每班检查油位。", Visibility.BOTH, ArticleStatus.PUBLISHED);
        signIn("service");
        assertThat(ids(knowledge.search("轴承", Audience.STAFF, 50))).contains(bearing).doesNotContain(other);
        assertThat(ids(knowledge.search("主轴轴承", Audience.STAFF, 50))).contains(bearing);
        // the characters must be adjacent: 轴 and 承 apart is not the word
        long apart = article("蜗杆轴与承座", "无关内容。", Visibility.BOTH, ArticleStatus.PUBLISHED);
        signIn("service");
        assertThat(ids(knowledge.search("轴承", Audience.STAFF, 50))).doesNotContain(apart);
        assertThat(ids(knowledge.search("蜗", Audience.STAFF, 50))).contains(bearing, other, apart);
    }

    @Test
    void titleMatchesRankAboveBodyMatches() {
        long inBody = article("蜗轮箱的日常检查", "检查蜗轮箱时注意齿轮啮合与油温，油温过高说明润滑不足。", Visibility.BOTH,
                ArticleStatus.PUBLISHED);
        long inTitle = article("油温过高的处理", "停机冷却后检查。", Visibility.BOTH, ArticleStatus.PUBLISHED);
        signIn("service");
        List<Long> found = ids(knowledge.search("油温过高", Audience.STAFF, 50));
        assertThat(found).contains(inBody, inTitle);
        assertThat(found.indexOf(inTitle)).isLessThan(found.indexOf(inBody));
    }

    @Test
    void latinWordsAreFoundByPrefixWhateverTheirCase() {
        long alarm = article("蜗杆 Servo alarm ALM401", "Check the E-stop circuit.", Visibility.BOTH, ArticleStatus.PUBLISHED);
        signIn("service");
        assertThat(ids(knowledge.search("servo ALM4", Audience.STAFF, 50))).contains(alarm);
        assertThat(ids(knowledge.search("e-stop", Audience.STAFF, 50))).contains(alarm);
    }

    @Test
    void customersFindOnlyPublishedArticlesSharedWithThem() {
        long staffOnly = article("蜗杆报价权限内部", "内部", Visibility.STAFF, ArticleStatus.PUBLISHED);
        long draft = article("蜗杆报价草稿", "草稿", Visibility.BOTH, ArticleStatus.DRAFT);
        long shared = article("蜗杆报价说明", "公开", Visibility.CUSTOMERS, ArticleStatus.PUBLISHED);
        assertThat(ids(knowledge.search("蜗杆报价", Audience.CUSTOMERS, 50))).contains(shared).doesNotContain(staffOnly, draft);
        signIn("service");
        assertThat(ids(knowledge.search("蜗杆报价", Audience.STAFF, 50))).contains(shared, staffOnly, draft);
    }

    @Test
    void searchesThatFindNothingAreCountedOnTheMissingArticlesPage() throws Exception {
        signIn("service");
        knowledge.search("量子蜗杆校准", Audience.STAFF, 20);
        knowledge.search("  量子蜗杆校准 ", Audience.STAFF, 20);
        knowledge.search("量子蜗杆校准", Audience.CUSTOMERS, 20);
        assertThat(knowledge.missing()).anySatisfy(m -> {
            assertThat(m.query()).isEqualTo("量子蜗杆校准");
            assertThat(m.audience()).isEqualTo(Audience.STAFF);
            assertThat(m.searches()).isEqualTo(2);
        });
        mvc.perform(get("/knowledge/missing").with(as("servicelead"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("量子蜗杆校准")));
    }

    @Test
    void aTicketSubjectSuggestsMatchingPublishedArticles() {
        long bearing = article("蜗杆主轴轴承异响处理", "检查轴承预紧。", Visibility.CUSTOMERS, ArticleStatus.PUBLISHED);
        long staffOnly = article("蜗杆主轴轴承内部判定", "内部。", Visibility.STAFF, ArticleStatus.PUBLISHED);
        assertThat(ids(knowledge.suggestFor("我们的蜗杆主轴有异响", Audience.CUSTOMERS))).contains(bearing).doesNotContain(staffOnly);
        assertThat(ids(knowledge.suggestFor("蜗杆主轴轴承", Audience.STAFF))).contains(bearing, staffOnly);
    }

    @Test
    void theStaffListSearchesAndFiltersAndRefusesBadFilters() throws Exception {
        long bearing = article("蜗杆主轴轴承更换（列表）", "正文", Visibility.STAFF, ArticleStatus.PUBLISHED, "蜗杆标签");
        mvc.perform(get("/knowledge").param("q", "轴承更换").with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("knowledge-row-" + bearing)));
        mvc.perform(get("/knowledge").param("tag", "蜗杆标签").param("visibility", "STAFF").with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("knowledge-row-" + bearing)));
        mvc.perform(get("/knowledge").param("visibility", "CUSTOMERS").param("tag", "蜗杆标签").with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("knowledge-row-" + bearing))));
        mvc.perform(get("/knowledge").param("visibility", "EVERYONE").with(as("manager"))).andExpect(status().isBadRequest());
        mvc.perform(get("/knowledge").param("after", "nonsense").with(as("manager"))).andExpect(status().isBadRequest());
    }
}
