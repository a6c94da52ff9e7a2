package org.kehu.portal.showcase;

import org.kehu.shared.FileType;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The showcase's demo content: the alliance and four partner enterprises, three concept products (one not yet
 * published), a picture for every product on sale, and DIY designs of customers of {@code manager} and
 * {@code manager2} in every review state. Pictures are drawn in code ({@link DemoPictures}). Customers, products
 * and reviewers are read once to link the designs to them.
 */
@Component
class ShowcaseDemoData implements DemoData {

    private final JdbcClient jdbc;
    private final ShowcaseFiles files;

    ShowcaseDemoData(JdbcClient jdbc, ShowcaseFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public Step step() {
        return Step.PORTAL_CONTENT;
    }

    @Override
    public void load() {
        enterprises();
        concepts();
        productPictures();
        designs();
    }

    private void enterprises() {
        long alliance = enterprise(EnterpriseKind.ALLIANCE, "华中机床产业联盟", "十二家机床与部件企业，共享设计、制造与服务网络。",
                """
                华中机床产业联盟由武汉、长沙、郑州等地的十二家机床整机与关键部件企业于2015年发起成立。

                联盟成员共享设计平台与售后服务网络：客户在任何一家成员企业购买的设备，都能在就近的服务站得到维修与备件。

                我们为汽车零部件、模具、工程机械和电子制造企业提供数控机床、刀具夹具、轴承传动件及整线方案。""",
                "https://www.example.com/alliance", 10, 1);
        long[] partners = {
            enterprise(EnterpriseKind.PARTNER, "武汉精工数控有限公司", "数控车床与车削中心制造商。",
                    "专注数控车床三十年，年产车床两千台。\n\n在武汉、襄阳设有两个生产基地。", "https://www.example.com/jinggong", 10, 2),
            enterprise(EnterpriseKind.PARTNER, "长沙恒力轴承股份公司", "精密轴承与传动部件。",
                    "为联盟整机配套主轴轴承、滚珠丝杠与直线导轨。", "https://www.example.com/hengli", 20, 3),
            enterprise(EnterpriseKind.PARTNER, "郑州中原刀具有限公司", "硬质合金刀具与刀柄。",
                    "提供车削、铣削刀具及刀具管理服务。", null, 30, 4),
            enterprise(EnterpriseKind.PARTNER, "湘潭智能装备研究院", "数控系统与自动化产线研发。",
                    "与高校合作研发数控系统、机器人上下料与产线数字化方案。", "https://www.example.com/xiangtan", 40, 5)
        };
        picture(FileOwner.ENTERPRISE, alliance, 11, "ALLIANCE");
        for (int i = 0; i < partners.length; i++) {
            picture(FileOwner.ENTERPRISE, partners[i], 20 + i, "PARTNER " + (i + 1));
        }
    }

    private long enterprise(EnterpriseKind kind, String name, String summary, String body, String website, int order,
            int seed) {
        return jdbc.sql("""
                insert into portal_enterprise(kind, name, summary, body, website, sort_order, published)
                values (?, ?, ?, ?, ?, ?, true) returning id""")
                .params(kind.name(), name, summary, body.strip(), website, order).query(Long.class).single();
    }

    private void concepts() {
        Object[][] concepts = {
            {"五轴联动桌面加工中心", "面向职业院校与小型模具车间的桌面五轴加工中心。\n\n占地不到一平方米，单相电源即可使用。",
                ConceptStage.PROTOTYPE, true},
            {"机床健康监测盒", "加装在现有机床上的振动与温度监测模块，提前预警主轴与丝杠故障。", ConceptStage.TRIAL, true},
            {"模块化自动上下料单元", "与数控车床配套的料仓与机械手单元，一人可看管多台机床。", ConceptStage.DESIGN, true},
            {"氢能源移动加工车", "尚在内部评估的构想，未对外发布。", ConceptStage.IDEA, false}
        };
        int order = 10;
        for (Object[] c : concepts) {
            long id = jdbc.sql("""
                    insert into portal_concept(name, description, stage, sort_order, published)
                    values (?, ?, ?, ?, ?) returning id""")
                    .params(c[0], c[1], ((ConceptStage) c[2]).name(), order, c[3]).query(Long.class).single();
            picture(FileOwner.CONCEPT, id, 40 + order, "CONCEPT");
            order += 10;
        }
    }

    private void productPictures() {
        List<Object[]> products = jdbc.sql("select id, code from product where status = 'ON_SALE' order by code")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        for (int i = 0; i < products.size(); i++) {
            picture(FileOwner.PRODUCT, (Long) products.get(i)[0], i, (String) products.get(i)[1]);
        }
    }

    private void designs() {
        List<Long> customers = jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id
                 where u.username in ('manager', 'manager2') order by u.username, c.id limit 7""")
                .query(Long.class).list();
        Long reviewer = jdbc.sql("select id from app_user where username = 'marketing'").query(Long.class).optional()
                .orElse(null);
        if (customers.isEmpty()) {
            return;
        }
        Object[][] designs = {
            {"车床尾座快换夹具", "用于小批量轴类零件的尾座快换夹具，换型时间由二十分钟缩短到三分钟。", DiyStatus.RECOMMENDED, null},
            {"加工中心防屑挡板", "可折叠的防屑挡板，不影响工件装卸。", DiyStatus.RECOMMENDED, null},
            {"轴承压装工装", "手动压装深沟球轴承的简易工装。", DiyStatus.RECOMMENDED, null},
            {"刀具预调架", "车间自制的刀具预调架，精度0.01毫米。", DiyStatus.ACCEPTED, null},
            {"主轴冷却改造方案", "将风冷改为油冷的改造设计。", DiyStatus.REJECTED, "改动主轴冷却方式会影响整机保修，请与客户经理联系评估。"},
            {"卡盘防护罩", "铝合金卡盘防护罩设计图。", DiyStatus.SUBMITTED, null},
            {"排屑小车", "与排屑器配套的移动小车。", DiyStatus.SUBMITTED, null}
        };
        // The demo login buyer's company has one design recommended, one rejected and one waiting, so that
        // "My designs" on the portal shows each state.
        Long buyersCompany = jdbc.sql("select customer_id from portal_account where login = 'buyer'").query(Long.class)
                .optional().orElse(null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < designs.length; i++) {
            Object[] d = designs[i];
            DiyStatus status = (DiyStatus) d[2];
            boolean reviewed = status != DiyStatus.SUBMITTED;
            long customer = buyersCompany != null && (i == 0 || i == 4 || i == 5) ? buyersCompany : customers.get(i % customers.size());
            Long contact = jdbc.sql("select main_contact_id from customer where id = ?").param(customer).query(Long.class)
                    .optional().orElse(null);
            Instant created = now.minus(30L - 3L * i, ChronoUnit.DAYS);
            long id = jdbc.sql("""
                    insert into portal_diy_design(customer_id, contact_id, title, description, status, reason, reviewed_by,
                           reviewed_at, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(customer, contact, d[0], d[1], status.name(), d[3], reviewed ? reviewer : null,
                            reviewed ? Timestamp.from(created.plus(2, ChronoUnit.DAYS)) : null, Timestamp.from(created),
                            Timestamp.from(created))
                    .query(Long.class).single();
            picture(FileOwner.DIY, id, 70 + i, "DIY " + (i + 1));
            byte[] drawing = ("  0\nSECTION\n  2\nHEADER\n  0\nENDSEC\n  0\nEOF\n").getBytes(StandardCharsets.US_ASCII);
            files.store(FileOwner.DIY, id, List.of(new Upload("design-" + (i + 1) + ".dxf", drawing)), List.of(FileType.DXF));
        }
    }

    private void picture(FileOwner owner, long ownerId, int seed, String label) {
        byte[] png = DemoPictures.png(seed, label);
        files.store(owner, ownerId, List.of(new Upload(label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".png", png)),
                List.of(FileType.PNG));
    }
}
