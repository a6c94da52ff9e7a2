package org.kehu.competitor;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Eight competitors of a Chinese maker of machine tools, pumps, motors, sensors and hydraulics (invented names),
 * with 30 products set against ours by model; some open and won opportunities face them, the demo's opportunities
 * lost to a competitor (and half of those lost on price) are lost to one, and the customers of the group
 * "competitor's customer" buy from one. Only this module's tables are written; the others are read by id.
 */
@Component
class CompetitorDemoData implements DemoData {

    /** A demo competitor and its products. */
    record Demo(String code, String name, String fields, String background, String development, String strategy,
            List<Product> products) {
    }

    /** A competing product: its name, model, our product's model, relation, use, performance and price. */
    record Product(String name, String model, String ours, Relation relation, String usage, String performance,
            String price) {
    }

    static final List<Demo> COMPETITORS = List.of(
            new Demo("CP001", "华锐数控机床有限公司", "数控车床、立式加工中心",
                    "2003 年成立于浙江台州，民营企业，员工约 1200 人，年产数控机床 3000 台。",
                    "2025 年新建智能化装配车间，推出斜床身车床系列，正在华东以外建立服务网点。",
                    "以低于我方 5%–10% 的价格争夺中小型机加工客户，承诺 48 小时上门服务。",
                    List.of(new Product("数控车床", "HR-CK6150", "CK6150", Relation.SIMILAR, "轴类、盘类零件车削",
                                    "最大回转直径 500 mm，定位精度 0.01 mm", "152000"),
                            new Product("数控车床", "HR-CK6140", "CK6140", Relation.SIMILAR, "小型零件批量车削",
                                    "最大回转直径 400 mm，主轴转速 3000 rpm", "119000"),
                            new Product("立式加工中心", "HR-V850", "VMC850", Relation.SIMILAR, "模具、箱体加工",
                                    "工作台 1000×500 mm，主轴 10000 rpm", "276000"),
                            new Product("斜床身数控车床", "HR-T46", "TCK46", Relation.SIMILAR, "精密轴类加工",
                                    "床身倾斜 30°，8 工位刀塔", "238000"))),
            new Demo("CP002", "东岳精机股份有限公司", "卧式与龙门加工中心、精密磨床",
                    "1985 年国营机床厂改制而成，2016 年深交所上市，大型机床国内前五。",
                    "与高校合作五轴联动技术，2026 年起在华南设立装配基地。",
                    "以品牌与大型设备业绩进入重点项目招投标，价格略高但提供三年质保。",
                    List.of(new Product("卧式加工中心", "DY-H630", "HMC630", Relation.SIMILAR, "箱体类零件多面加工",
                                    "工作台 630×630 mm，交换工作台", "1350000"),
                            new Product("龙门加工中心", "DY-G2015", "GMC2014", Relation.SIMILAR, "大型结构件加工",
                                    "工作台 2000×1500 mm", "1580000"),
                            new Product("立式加工中心", "DY-V1160", "VMC1160", Relation.SIMILAR, "中型零件加工",
                                    "工作台 1200×600 mm，主轴 12000 rpm", "389000"),
                            new Product("数控外圆磨床", "DY-M1332", "MK1332", Relation.SIMILAR, "轴类零件精磨",
                                    "圆度 0.002 mm", "226000"))),
            new Demo("CP003", "江淮泵阀集团有限公司", "离心泵、管道泵、闸阀",
                    "安徽合肥的泵阀企业，产品覆盖市政供水与工业循环水。",
                    "2026 年完成高效节能泵系列认证，正在扩充电商渠道。",
                    "在市政和水务项目中以成套供货和低价竞标。",
                    List.of(new Product("单级离心泵", "JH80-65-160", "IS80-65-160", Relation.SIMILAR, "清水输送",
                                    "流量 50 m³/h，扬程 32 m", "3390"),
                            new Product("多级离心泵", "JHD46-30×5", "D46-30×5", Relation.SIMILAR, "高层供水、锅炉给水",
                                    "流量 46 m³/h，扬程 150 m", "17200"),
                            new Product("立式管道泵", "JHG100-160", "ISG100-160", Relation.SIMILAR, "循环水增压",
                                    "流量 100 m³/h，扬程 32 m", "4980"),
                            new Product("法兰闸阀", "JHZ41H-16C", "Z41H-16C", Relation.SIMILAR, "管路截断",
                                    "DN100，PN16，铸钢", "1190"))),
            new Demo("CP004", "南润流体设备有限公司", "化工泵、球阀、调节阀",
                    "广东佛山的流体设备企业，以化工与食品行业客户为主。",
                    "新上不锈钢精密铸造线，交期缩短到两周。",
                    "以短交期和定制材质争取化工客户。",
                    List.of(new Product("不锈钢化工泵", "NR-IH65", "IH65-50-160", Relation.SIMILAR, "腐蚀性介质输送",
                                    "316L 材质，流量 25 m³/h", "7280"),
                            new Product("不锈钢球阀", "NR-Q41F", "Q41F-16P", Relation.SIMILAR, "化工管路截断",
                                    "DN80，PN16", "1080"),
                            new Product("气动蝶阀", "NR-D671", "D71X-16", Relation.SUBSTITUTE, "自动化管路控制",
                                    "DN150，气动执行器", "1460"),
                            new Product("电动调节阀", "NR-ZDL16", "ZDLP-16", Relation.SIMILAR, "流量与压力调节",
                                    "DN65，4-20 mA", "6350"))),
            new Demo("CP005", "恒驰电机股份有限公司", "三相异步电动机、变频电机、永磁电机",
                    "江苏常州的电机企业，年产电机 200 万台。",
                    "重点发展永磁同步电机，已进入多家空压机厂配套。",
                    "以 IE4 能效永磁电机替代我方 IE3 异步电机，主打节能改造。",
                    List.of(new Product("三相异步电动机", "HC3-132M-4", "YE3-132M-4", Relation.SIMILAR, "通用机械驱动",
                                    "7.5 kW，IE3", "2480"),
                            new Product("三相异步电动机", "HC3-160M-4", "YE3-160M-4", Relation.SIMILAR, "通用机械驱动",
                                    "11 kW，IE3", "3420"),
                            new Product("永磁同步电机", "HCPM-180", "YE3-180L-4", Relation.SUBSTITUTE, "风机、水泵节能改造",
                                    "22 kW，IE4，需配变频器", "7350"),
                            new Product("变频调速电机", "HCVF-160L", "YVF2-160L-4", Relation.SIMILAR, "调速驱动",
                                    "15 kW，5-100 Hz", "5990"))),
            new Demo("CP006", "精测传感科技有限公司", "压力、流量、液位与振动测量",
                    "西安的仪表企业，研发人员占四成。",
                    "推出无线振动监测方案，正在申请防爆认证。",
                    "以智能仪表和软件平台打包销售。",
                    List.of(new Product("压力变送器", "JC-3051", "PT-3051", Relation.SIMILAR, "过程压力测量",
                                    "精度 0.075%，HART 协议", "1290"),
                            new Product("电磁流量计", "JC-LD80", "LDG-80", Relation.SIMILAR, "导电液体流量测量",
                                    "DN80，精度 0.5%", "5150"),
                            new Product("雷达液位计", "JC-RD20", "UL-20", Relation.SUBSTITUTE, "储罐液位测量",
                                    "量程 0-20 m，不受蒸汽影响", "4200"),
                            new Product("一体化振动变送器", "JC-VB", "VB-Z9500", Relation.SIMILAR, "风机、泵振动监测",
                                    "0-20 mm/s，4-20 mA", "1180"))),
            new Demo("CP007", "力源液压机械有限公司", "液压泵、液压站、油缸",
                    "山东济南的液压件企业，为工程机械配套。",
                    "与两家挖掘机厂签订长期配套协议。",
                    "以工程机械配套业绩进入工业液压市场，价格低。",
                    List.of(new Product("轴向柱塞泵", "LY-A10V71", "A10VSO71DR", Relation.SIMILAR, "液压系统动力源",
                                    "排量 71 ml/r，28 MPa", "11900"),
                            new Product("液压站", "LY-YZ7.5", "YZ-7.5", Relation.SIMILAR, "机床、压机供油",
                                    "7.5 kW，油箱 120 L", "15800"),
                            new Product("液压油缸", "LY-HSG80", "HSG80/45-300", Relation.SIMILAR, "直线推动",
                                    "缸径 80 mm，行程 300 mm", "1720"))),
            new Demo("CP008", "德克斯传动科技（苏州）有限公司", "伺服系统、减速电机",
                    "外商独资企业，母公司为欧洲传动集团，2010 年在苏州设厂。",
                    "本地化生产比例提高到七成，价格逐年下调。",
                    "以进口品牌形象和整套运动控制方案争夺高端客户。",
                    List.of(new Product("交流伺服电机", "DK-130M15", "130ST-M10015", Relation.SIMILAR, "机床进给驱动",
                                    "1.5 kW，10 N·m", "2350"),
                            new Product("交流伺服驱动器", "DK-SD15", "SD-1500", Relation.SIMILAR, "伺服控制",
                                    "1.5 kW，EtherCAT 总线", "1890"),
                            new Product("斜齿轮减速电机", "DK-R87", "R87-DRN132S4", Relation.SIMILAR, "输送线驱动",
                                    "5.5 kW，减速比 23", "8600"))));

    private final JdbcClient jdbc;
    private final CompetitorStore store;
    private final UserDirectory users;
    private final OpportunityCompetitors opportunities;

    CompetitorDemoData(JdbcClient jdbc, CompetitorStore store, UserDirectory users, OpportunityCompetitors opportunities) {
        this.jdbc = jdbc;
        this.store = store;
        this.users = users;
        this.opportunities = opportunities;
    }

    @Override
    public Step step() {
        return Step.COMPETITORS;
    }

    @Override
    public void load() {
        long marketing = users.userByUsername("marketing").map(UserSummary::id).orElseThrow();
        Instant start = Instant.now().minus(Duration.ofDays(200));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < COMPETITORS.size(); i++) {
            Demo d = COMPETITORS.get(i);
            Instant at = start.plus(Duration.ofDays(i * 17L));
            // Through the store that the pages and the API write with, so that the demo rows are what they would write.
            long id = store.insert(new CompetitorInput(d.code(), d.name(), d.background(), d.development(), d.fields(),
                    d.strategy(), null), marketing, at);
            ids.add(id);
            for (Product p : d.products()) {
                ourProduct(p.ours()).ifPresent(ours -> store.insertProduct(id, new CompetingProductInput(p.name(),
                        p.model(), ours, p.relation().name(), p.usage(), p.performance(), new BigDecimal(p.price()), null),
                        marketing, at));
            }
        }
        opportunitiesFacing(ids, marketing);
        customersBuyingFrom(ids, marketing);
    }

    /**
     * Every other open opportunity and every third won one faces a competitor; the ones lost to a competitor, and
     * every other one lost on price, were lost to one (the opportunity table is read by id only).
     */
    private void opportunitiesFacing(List<Long> competitors, long marketing) {
        List<Object[]> rows = jdbc.sql("select id, status, lost_reason_code from opportunity order by id")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < rows.size(); i++) {
            long id = (Long) rows.get(i)[0];
            String status = (String) rows.get(i)[1];
            String reason = (String) rows.get(i)[2];
            long competitor = competitors.get(i % competitors.size());
            boolean face = switch (status) {
                case "WON" -> i % 3 == 0;
                case "LOST" -> false;
                default -> i % 2 == 0;
            };
            if (face) {
                face(id, competitor, marketing, now);
                if (i % 4 == 0) {
                    face(id, competitors.get((i + 3) % competitors.size()), marketing, now);
                }
            }
            if ("LOST".equals(status) && ("COMPETITOR".equals(reason) || "PRICE".equals(reason) && i % 2 == 0)) {
                face(id, competitors.get((i + 5) % competitors.size()), marketing, now);
                opportunities.recordLoss(id, competitor, marketing);
            }
        }
    }

    /** Our product of that model (the catalogue's table, read by model only). */
    private java.util.Optional<Long> ourProduct(String model) {
        return jdbc.sql("select id from product where model = :model order by id limit 1").param("model", model)
                .query(Long.class).optional();
    }

    private void face(long opportunityId, long competitorId, long user, Timestamp at) {
        jdbc.sql("""
                insert into competitor_opportunity(opportunity_id, competitor_id, added_by, added_at)
                values (:o, :c, :user, :at) on conflict do nothing""")
                .param("o", opportunityId).param("c", competitorId).param("user", user).param("at", at).update();
    }

    /** Each customer of the group "competitor's customer" buys from one of them. */
    private void customersBuyingFrom(List<Long> competitors, long marketing) {
        List<Long> customers = jdbc.sql("select id from customer where group_code = :group order by id")
                .param("group", CustomerCompetitors.COMPETITOR_GROUP).query(Long.class).list();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < customers.size(); i++) {
            jdbc.sql("insert into competitor_customer(customer_id, competitor_id, linked_by, linked_at) values (:c, :k, :u, :at)")
                    .param("c", customers.get(i)).param("k", competitors.get(i % competitors.size()))
                    .param("u", marketing).param("at", now).update();
        }
    }
}
