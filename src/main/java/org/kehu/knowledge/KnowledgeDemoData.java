package org.kehu.knowledge;

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
 * Forty articles about the manufacturer's products and how to deal with it (installation, maintenance, faults,
 * ordering, invoices, warranty, internal procedures), for staff, customers or both; every fifth (the spindle bearing article among them) has several
 * versions, most have views and votes, and the first demo tickets are linked to the article that solved them.
 */
@Component
class KnowledgeDemoData implements DemoData {

    /** One demo article: category, title, the steps or facts of its body, visibility and tags. */
    record Demo(String category, String title, String[] points, Visibility visibility, String... tags) {
    }

    static final List<Demo> ARTICLES = List.of(
            new Demo("INSTALLATION", "数控车床安装前的地基要求", new String[] {"地基混凝土强度不低于 C25，厚度不少于 300 mm", "预埋地脚螺栓孔，误差不超过 ±5 mm", "地面水平度每米不超过 0.04 mm"}, Visibility.BOTH, "车床", "安装"),
            new Demo("INSTALLATION", "加工中心的吊装与就位步骤", new String[] {"使用随机附带的吊具，禁止吊主轴箱", "就位后先用垫铁粗调水平", "24 小时后复查水平并紧固地脚螺栓"}, Visibility.BOTH, "加工中心", "安装"),
            new Demo("INSTALLATION", "电气柜接线与接地检查", new String[] {"三相五线制，接地电阻小于 4 Ω", "核对相序，主轴电机反转即相序错误", "通电前测量各相对地绝缘电阻"}, Visibility.BOTH, "电气", "安装"),
            new Demo("INSTALLATION", "首次开机调试清单", new String[] {"检查润滑油位与液压油位", "低速空运转主轴 30 分钟", "执行回零并校验各轴行程限位"}, Visibility.CUSTOMERS, "调试"),
            new Demo("INSTALLATION", "冷却液系统的安装与配比", new String[] {"水箱置于机床后方便于清理处", "乳化液浓度 5%–8%，用折光仪检测", "管路接头缠生料带防止渗漏"}, Visibility.BOTH, "冷却液"),
            new Demo("INSTALLATION", "上门安装服务的派工流程", new String[] {"客服确认场地条件后创建安装工单", "服务主管按区域派工并预约时间", "安装完成后客户签字，工单归档"}, Visibility.STAFF, "派工", "内部"),
            new Demo("MAINTENANCE", "主轴轴承更换指南", new String[] {"拆下主轴前先记录拉刀力与跳动数据", "成对更换角接触轴承，注意背对背安装方向", "装配后运转跑合 2 小时，温升不超过 20 ℃"}, Visibility.BOTH, "主轴", "轴承", "维修"),
            new Demo("MAINTENANCE", "导轨润滑与日常保养", new String[] {"每班开机前检查自动润滑泵油位", "使用 68# 导轨油，不得混用", "每周清理导轨防护罩下的切屑"}, Visibility.BOTH, "导轨", "保养"),
            new Demo("MAINTENANCE", "滚珠丝杠的检查与预紧调整", new String[] {"反向间隙超过 0.02 mm 时需调整", "检查丝杠支撑轴承是否异响", "调整后重新进行螺距误差补偿"}, Visibility.BOTH, "丝杠"),
            new Demo("MAINTENANCE", "液压系统换油周期", new String[] {"首次 500 小时换油，之后每 2000 小时", "换油时同时清洗吸油滤网", "使用 46# 抗磨液压油"}, Visibility.CUSTOMERS, "液压", "保养"),
            new Demo("MAINTENANCE", "刀库与机械手的定期保养", new String[] {"每月检查刀套夹紧弹簧", "机械手换刀臂加注润滑脂", "检查刀库定位销磨损"}, Visibility.BOTH, "刀库"),
            new Demo("MAINTENANCE", "年度预防性维护套餐说明", new String[] {"每年两次上门检查，含精度检测报告", "易损件八五折", "故障响应时间 24 小时内"}, Visibility.CUSTOMERS, "维保合同"),
            new Demo("FAULTS", "主轴异响的排查方法", new String[] {"区分轴承声、齿轮声与皮带声", "检查主轴轴承润滑与预紧", "测量主轴径向跳动，超过 0.01 mm 需检修"}, Visibility.BOTH, "主轴", "异响", "故障"),
            new Demo("FAULTS", "报警 ALM 401 伺服未就绪的处理", new String[] {"检查急停回路与伺服上电顺序", "查看驱动器指示灯与报警号", "检查电机动力线与编码器线是否松动"}, Visibility.BOTH, "报警", "伺服"),
            new Demo("FAULTS", "加工尺寸不稳定的常见原因", new String[] {"热变形：开机预热 20 分钟", "刀具磨损与夹持不牢", "丝杠反向间隙过大"}, Visibility.BOTH, "精度"),
            new Demo("FAULTS", "换刀失败与刀具掉落的处理", new String[] {"立即按急停，勿用手取刀", "检查拉钉型号与拉刀力", "重新标定换刀点"}, Visibility.BOTH, "刀库", "故障"),
            new Demo("FAULTS", "冷却液泵不出水的排查", new String[] {"检查水箱液位与过滤网堵塞", "检查泵电机是否反转", "检查电磁阀与管路"}, Visibility.CUSTOMERS, "冷却液", "故障"),
            new Demo("FAULTS", "系统死机与数据备份恢复", new String[] {"定期备份参数与加工程序到 U 盘", "死机后断电 5 分钟再上电", "恢复参数须由服务工程师确认"}, Visibility.BOTH, "数控系统"),
            new Demo("FAULTS", "故障升级规则（内部）", new String[] {"一线 4 小时未解决升级到服务主管", "涉及安全事故立即报告经营副总", "重大客户故障同步告知客户经理"}, Visibility.STAFF, "升级", "内部"),
            new Demo("ORDERING", "如何在门户下单与选配组件", new String[] {"在产品页选择标准组件与选项", "价格随选项实时计算", "提交后客户经理确认订单"}, Visibility.CUSTOMERS, "下单", "门户"),
            new Demo("ORDERING", "订单交期与生产进度查询", new String[] {"标准机型交期 30–45 天", "在订单跟踪中输入订单号与手机后四位", "定制机型以合同约定为准"}, Visibility.BOTH, "交期", "订单"),
            new Demo("ORDERING", "运输与到货验收注意事项", new String[] {"到货时检查包装与倾斜指示标签", "外观损伤需在签收单上注明", "开箱验收请通知我司服务人员到场"}, Visibility.BOTH, "物流", "验收"),
            new Demo("ORDERING", "订单变更与取消流程", new String[] {"投产前可免费变更配置", "投产后变更按实际发生费用结算", "取消订单须书面通知"}, Visibility.BOTH, "订单"),
            new Demo("ORDERING", "备件订购与库存查询", new String[] {"常用备件库存充足，当天发货", "提供机床编号以便核对备件型号", "紧急备件可加急空运"}, Visibility.BOTH, "备件"),
            new Demo("ORDERING", "大客户报价审批权限（内部）", new String[] {"折扣 5% 以内客户经理可定", "5%–10% 须销售主管审批", "超过 10% 报经营副总"}, Visibility.STAFF, "报价", "内部"),
            new Demo("INVOICES", "增值税专用发票的开具", new String[] {"提供单位名称、税号、地址电话、开户行账号", "发票随货或在发货后 7 个工作日内寄出", "信息变更请及时告知客户经理"}, Visibility.BOTH, "发票"),
            new Demo("INVOICES", "付款方式与账期", new String[] {"支持银行转账与承兑汇票", "标准账期为发货后 30 天", "预付款比例按合同约定"}, Visibility.CUSTOMERS, "付款"),
            new Demo("INVOICES", "发票遗失或信息错误怎么办", new String[] {"专票遗失可提供记账联复印件", "信息错误须退回原票重开", "跨月发票按税务规定处理"}, Visibility.BOTH, "发票"),
            new Demo("INVOICES", "对账单的核对与确认", new String[] {"每月 5 日前发送上月对账单", "有差异请在 10 日内反馈", "逾期未反馈视为确认"}, Visibility.BOTH, "对账"),
            new Demo("INVOICES", "应收账款催收规范（内部）", new String[] {"逾期 15 天电话提醒", "逾期 30 天发函并暂停发货", "逾期 90 天移交法务"}, Visibility.STAFF, "催收", "内部"),
            new Demo("WARRANTY", "整机质保范围与期限", new String[] {"整机质保 12 个月，自验收之日起", "主轴与丝杠质保 24 个月", "人为损坏与易损件不在质保范围"}, Visibility.BOTH, "质保"),
            new Demo("WARRANTY", "如何申请保修服务", new String[] {"在门户提交服务请求并上传故障照片", "注明机床编号与报警号", "客服 2 小时内响应"}, Visibility.CUSTOMERS, "保修", "门户"),
            new Demo("WARRANTY", "保修期外的维修收费标准", new String[] {"上门费按区域收取", "工时费每小时 300 元", "备件按价目表八五折"}, Visibility.BOTH, "收费"),
            new Demo("WARRANTY", "返厂维修的包装与运输", new String[] {"使用原包装或木箱包装", "主轴部件需加防震垫", "运费按质保状态承担"}, Visibility.BOTH, "返厂"),
            new Demo("WARRANTY", "质量投诉的处理时限", new String[] {"收到投诉 24 小时内联系客户", "7 个工作日内给出处理方案", "处理结果回访确认满意度"}, Visibility.BOTH, "投诉"),
            new Demo("WARRANTY", "保修判定标准（内部）", new String[] {"以故障部件鉴定报告为准", "安装不当造成的损坏不保", "争议时由质量部门裁定"}, Visibility.STAFF, "质保", "内部"),
            new Demo("INTERNAL", "客服工单处理规范", new String[] {"受理时记录完整的故障现象", "处理中每一步都写入工单", "解决后关联知识库文章"}, Visibility.STAFF, "工单", "内部"),
            new Demo("INTERNAL", "如何编写一篇好的知识库文章", new String[] {"标题写清楚问题，而不是答案", "正文分步骤，每步一句话", "发布前请同事按步骤操作一遍"}, Visibility.STAFF, "写作", "内部"),
            new Demo("INTERNAL", "服务满意度回访话术", new String[] {"先确认问题是否彻底解决", "询问满意度 1–5 分", "记录客户的改进建议"}, Visibility.STAFF, "回访", "内部"),
            new Demo("MAINTENANCE", "机床长期停用的封存方法", new String[] {"清洁并在导轨与丝杠涂防锈油", "断开电源并放置干燥剂", "每月通电运行一次"}, Visibility.BOTH, "封存", "保养"));

    private final ArticleStore store;
    private final UserDirectory users;
    private final JdbcClient jdbc;

    KnowledgeDemoData(ArticleStore store, UserDirectory users, JdbcClient jdbc) {
        this.store = store;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.KNOWLEDGE;
    }

    @Override
    public void load() {
        long service = users.userByUsername("service").map(UserSummary::id).orElseThrow();
        long lead = users.userByUsername("servicelead").map(UserSummary::id).orElse(service);
        Instant start = Instant.now().minus(Duration.ofDays(120));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ARTICLES.size(); i++) {
            Demo d = ARTICLES.get(i);
            Instant at = start.plus(Duration.ofDays(i * 3L));
            ArticleStatus status = i % 13 == 11 ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED;
            long id = store.insert(input(d, body(d, 0), status, null), List.of(d.tags()), service, at);
            if (i % 5 == 1) {
                // Revised twice: a note added by the service manager, then a correction.
                store.update(id, 0, input(d, body(d, 1), status, 0L), List.of(d.tags()), lead, at.plus(Duration.ofDays(10)));
                store.update(id, 1, input(d, body(d, 2), status, 1L), List.of(d.tags()), service, at.plus(Duration.ofDays(20)));
            }
            ids.add(id);
        }
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            jdbc.sql("update knowledge_article set view_count = :views where id = :id")
                    .param("views", (i * 37L) % 400 + 5).param("id", id).update();
            for (int v = 0; v < (i * 7) % 9; v++) {
                store.vote(id, "sdemo" + i + "-" + v, v % 4 != 3);
            }
        }
        linkFirstTickets(ids);
        store.recordMissing("主轴编码器更换", Audience.CUSTOMERS);
        store.recordMissing("主轴编码器更换", Audience.CUSTOMERS);
        store.recordMissing("五轴联动标定", Audience.STAFF);
    }

    /** The first demo tickets solved by the spindle articles (the ticket table is read by id only). */
    private void linkFirstTickets(List<Long> ids) {
        long lead = users.userByUsername("servicelead").map(UserSummary::id).orElseThrow();
        List<Long> tickets = jdbc.sql("select id from ticket order by id limit 3").query(Long.class).list();
        for (int i = 0; i < tickets.size(); i++) {
            store.link(ids.get(i == 0 ? 6 : 12), tickets.get(i), lead);
        }
    }

    private static ArticleInput input(Demo d, String body, ArticleStatus status, Long version) {
        return new ArticleInput(d.title(), body, d.category(), List.of(d.tags()), d.visibility().name(), status.name(), version);
    }

    static String body(Demo d, int revision) {
        StringBuilder b = new StringBuilder("## 适用范围\n\n本文适用于本公司生产的数控车床、加工中心及其配套部件。\n\n## 步骤与要点\n\n");
        for (int k = 0; k < d.points().length; k++) {
            b.append(k + 1).append(". ").append(d.points()[k]).append('\n');
        }
        if (revision >= 1) {
            b.append("\n> **注意**：操作前请断电并挂牌，确认机床完全停止。\n");
        }
        if (revision >= 2) {
            b.append("\n如有疑问，请在门户提交服务请求，或致电客服热线 400-800-1234。\n");
        }
        return b.toString();
    }
}
