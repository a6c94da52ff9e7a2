package org.kehu.portal.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** The portal's public pages, as a visitor without a login sees them: published content only. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PublicShowcasePagesTests extends ShowcaseTestSupport {

    @BeforeEach
    void largeIds() {
        idsAbove1000("portal_enterprise");
        idsAbove1000("portal_concept");
        idsAbove1000("portal_diy_design");
        idsAbove1000("portal_file");
    }

    @Test
    void homeShowsTheAllianceFeaturedProductsConceptsAndDesignsWithoutALogin() throws Exception {
        String home = html(get("/portal"));
        assertThat(home).contains("华中机床产业联盟", "id=\"home-featured\"", "数控车床", "id=\"home-concepts\"",
                "五轴联动桌面加工中心", "id=\"home-designs\"", "车床尾座快换夹具", "id=\"nav-login\"", "订单跟踪")
                .doesNotContain("氢能源移动加工车", "主轴冷却改造方案", "卡盘防护罩");
        assertThat(html(get("/portal").param("lang", "en"))).contains("Featured products", "Track an order", "Sign in");
    }

    @Test
    void enterprisePagesShowPublishedOnesAndAnUnpublishedOneIsNotFound() throws Exception {
        long shown = enterprise(EnterpriseKind.PARTNER, "测试公开合作企业", true);
        long hidden = enterprise(EnterpriseKind.PARTNER, "测试草稿合作企业", false);
        String partners = html(get("/portal/about/partners"));
        assertThat(partners).contains("测试公开合作企业", "武汉精工数控有限公司").doesNotContain("测试草稿合作企业", "华中机床产业联盟");
        assertThat(html(get("/portal/about/alliance"))).contains("华中机床产业联盟").doesNotContain("武汉精工数控有限公司");
        assertThat(html(get("/portal/about/" + shown))).contains("id=\"enterprise-name\"", "测试公开合作企业");
        mvc.perform(get("/portal/about/" + hidden)).andExpect(status().isNotFound());
    }

    @Test
    void enterpriseTextIsShownAsParagraphsOfEscapedText() throws Exception {
        long id = jdbc.sql("""
                insert into portal_enterprise(kind, name, body, website, published)
                values ('PARTNER', '段落企业', '第一段<script>x()</script>

                第二段', 'https://example.com/p', true) returning id""").query(Long.class).single();
        String page = html(get("/portal/about/" + id));
        assertThat(page).contains("<p>第一段&lt;script&gt;x()&lt;/script&gt;</p>", "<p>第二段</p>", "href=\"https://example.com/p\"")
                .doesNotContain("<script>x()");
    }

    @Test
    void productsAreListedByCategoryWithPicturesAndAProductShowsItsSpecification() throws Exception {
        String list = html(get("/portal/catalog/products"));
        assertThat(list).contains("id=\"category-chips\"", "数控机床", "id=\"product-P-0001\"", "/portal/files/");
        String product = html(get("/portal/catalog/products/P-0001"));
        assertThat(product).contains("id=\"product-name\"", "数控车床", "id=\"product-specification\"", "¥168,000.00",
                "/portal/files/", "台");
        String discontinued = jdbc.sql("select code from product where status = 'DISCONTINUED' limit 1").query(String.class)
                .single();
        assertThat(list).doesNotContain("id=\"product-" + discontinued + "\"");
        mvc.perform(get("/portal/catalog/products/" + discontinued)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/catalog/products/NO-SUCH")).andExpect(status().isNotFound());
    }

    @Test
    void customerConfiguredProductsShowTheConfigurationsCustomersChoseToShow() throws Exception {
        // The demo's buyer shows one configuration of the lathe P-0001 (ConfigurationDemoData).
        assertThat(html(get("/portal/catalog/configured"))).contains("id=\"configured-list\"").contains("数控车床")
                .doesNotContain("id=\"configured-empty\"");
    }

    @Test
    void conceptsAndDesignsShowOnlyWhatIsPublishedOrRecommended() throws Exception {
        long draft = concept("测试未发布概念", false);
        long shown = concept("测试已发布概念", true);
        assertThat(html(get("/portal/catalog/concepts"))).contains("测试已发布概念", "机床健康监测盒")
                .doesNotContain("测试未发布概念", "氢能源移动加工车");
        mvc.perform(get("/portal/catalog/concepts/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/catalog/concepts/" + shown)).andExpect(status().isOk());

        long customer = customerOf("manager");
        long accepted = design(customer, "测试已接受设计", DiyStatus.ACCEPTED);
        long recommended = design(customer, "测试推荐设计", DiyStatus.RECOMMENDED);
        assertThat(html(get("/portal/catalog/designs"))).contains("测试推荐设计", "轴承压装工装")
                .doesNotContain("测试已接受设计", "刀具预调架", "卡盘防护罩");
        mvc.perform(get("/portal/catalog/designs/" + accepted)).andExpect(status().isNotFound());
        assertThat(html(get("/portal/catalog/designs/" + recommended))).contains("测试推荐设计")
                .doesNotContain(jdbc.sql("select name from customer where id = ?").param(customer).query(String.class).single());
    }

    @Test
    void picturesAreServedOnlyForWhatThePublicMaySee() throws Exception {
        long published = picture(FileOwner.CONCEPT, concept("有图概念", true));
        long draft = picture(FileOwner.CONCEPT, concept("有图草稿", false));
        long submitted = picture(FileOwner.DIY, design(customerOf("manager"), "待审图", DiyStatus.SUBMITTED));
        mvc.perform(get("/portal/files/" + published)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG));
        mvc.perform(get("/portal/files/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/files/" + submitted)).andExpect(status().isNotFound());
        long drawing = jdbc.sql("select id from portal_file where owner_kind = 'DIY' and content_type <> 'image/png' limit 1")
                .query(Long.class).single();
        mvc.perform(get("/portal/files/" + drawing)).andExpect(status().isNotFound());
    }

    @Test
    void helpExplainsOrderingTrackingConfiguringAndTicketsInBothLanguages() throws Exception {
        assertThat(html(get("/portal/help"))).contains("如何下单", "如何跟踪订单", "如何选配产品", "如何提交服务请求");
        assertThat(html(get("/portal/help").param("lang", "en"))).contains("How to order", "How to track an order",
                "How to configure a product", "How to open a service ticket");
    }
}
