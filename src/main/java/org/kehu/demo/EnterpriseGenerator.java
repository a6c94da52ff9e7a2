package org.kehu.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Generates plausible Chinese enterprises and their people from parts: a region prefix, a word, an
 * industry word and a legal-form suffix ({@code 武汉华星机械制造有限公司}); people with common surnames
 * and given names, mobiles, e-mails and birthdays. Deterministic for a given seed, so the demo data
 * and the benchmark produce the same records on every run.
 */
public final class EnterpriseGenerator {

    /** A province and one of its cities, with GB/T 2260 codes. */
    public record Place(String provinceCode, String provinceName, String cityCode, String cityName) {
    }

    /** An industry word of a company name and the dictionary code of its industry. */
    public record Trade(String word, String industryCode) {
    }

    public static final List<Place> PLACES = List.of(
            new Place("420000", "湖北", "420100", "武汉"), new Place("420000", "湖北", "420200", "黄石"),
            new Place("420000", "湖北", "420500", "宜昌"), new Place("420000", "湖北", "420600", "襄阳"),
            new Place("440000", "广东", "440100", "广州"), new Place("440000", "广东", "440300", "深圳"),
            new Place("440000", "广东", "440600", "佛山"), new Place("440000", "广东", "441900", "东莞"),
            new Place("320000", "江苏", "320100", "南京"), new Place("320000", "江苏", "320200", "无锡"),
            new Place("320000", "江苏", "320400", "常州"), new Place("320000", "江苏", "320500", "苏州"),
            new Place("330000", "浙江", "330100", "杭州"), new Place("330000", "浙江", "330200", "宁波"),
            new Place("330000", "浙江", "330300", "温州"), new Place("370000", "山东", "370100", "济南"),
            new Place("370000", "山东", "370200", "青岛"), new Place("370000", "山东", "370600", "烟台"),
            new Place("410000", "河南", "410100", "郑州"), new Place("410000", "河南", "410300", "洛阳"),
            new Place("430000", "湖南", "430100", "长沙"), new Place("430000", "湖南", "430200", "株洲"),
            new Place("510000", "四川", "510100", "成都"), new Place("510000", "四川", "510700", "绵阳"),
            new Place("210000", "辽宁", "210100", "沈阳"), new Place("210000", "辽宁", "210200", "大连"),
            new Place("350000", "福建", "350100", "福州"), new Place("350000", "福建", "350200", "厦门"),
            new Place("130000", "河北", "130100", "石家庄"), new Place("130000", "河北", "130200", "唐山"),
            new Place("610000", "陕西", "610100", "西安"), new Place("110000", "北京", "110108", "北京"),
            new Place("310000", "上海", "310115", "上海"), new Place("500000", "重庆", "500112", "重庆"));

    static final List<String> WORDS = List.of("华星", "宏达", "东方", "恒通", "金桥", "长江", "万利", "永盛", "新元",
            "瑞丰", "中联", "汇丰", "天成", "鼎盛", "广源", "博远", "明辉", "众诚", "华信", "利民", "精工", "宝隆",
            "兴业", "安泰", "正大", "凯达", "旭日", "环宇", "远航", "佳美", "盛世", "德润", "富康", "海纳", "峰华");

    static final List<Trade> TRADES = List.of(new Trade("机械制造", "MACHINERY"), new Trade("重工", "MACHINERY"),
            new Trade("精密机械", "MACHINERY"), new Trade("钢铁", "STEEL"), new Trade("特钢", "STEEL"),
            new Trade("冶金", "STEEL"), new Trade("电子", "ELECTRONICS"), new Trade("电器", "ELECTRONICS"),
            new Trade("光电科技", "ELECTRONICS"), new Trade("汽车零部件", "AUTOMOTIVE"), new Trade("汽配", "AUTOMOTIVE"),
            new Trade("化工", "CHEMICAL"), new Trade("新材料", "CHEMICAL"), new Trade("纺织", "TEXTILE"),
            new Trade("服饰", "TEXTILE"), new Trade("食品", "FOOD"), new Trade("饮料", "FOOD"),
            new Trade("建材", "CONSTRUCTION"), new Trade("水泥", "CONSTRUCTION"), new Trade("能源", "ENERGY"),
            new Trade("电力设备", "ENERGY"), new Trade("制药", "PHARMA"), new Trade("医疗器械", "PHARMA"),
            new Trade("贸易", "TRADE"), new Trade("物流", "TRADE"));

    static final List<String> SUFFIXES = List.of("有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司", "集团",
            "厂", "制造有限公司");

    public static final List<String> NATURES = List.of("JOINT_VENTURE", "PRIVATE", "SOLE", "STATE_OWNED", "FOREIGN", "COLLECTIVE");
    public static final List<String> GROUPS = List.of("CURRENT", "POTENTIAL", "HISTORICAL", "COMPETITOR", "INTERCONNECTED");
    public static final List<String> GRADES = List.of("STRATEGIC", "KEY", "ORDINARY", "SMALL");
    static final List<String> SOURCES = List.of("TRADE_FAIR", "REFERRAL", "WEBSITE", "COLD_CALL", "TENDER", "ADVERTISING", "OTHER");
    static final List<String> CHANNELS = List.of("VISIT", "PHONE", "EMAIL", "MEETING", "WECHAT", "EXHIBITION");

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红志斌波宇浩凯健俊帆鹏辉丹颖琳雪晨欣悦";
    private static final List<String> DEPARTMENTS = List.of("采购部", "总经理办公室", "生产部", "技术部", "财务部", "设备部", "供应链管理部");
    private static final List<String> TITLES = List.of("采购经理", "总经理", "副总经理", "生产总监", "技术主管", "财务经理", "设备主管", "采购专员", "供应链经理");
    private static final List<String> HOBBIES = List.of("羽毛球", "钓鱼", "书法", "登山", "茶艺", "摄影", "乒乓球", "围棋");
    static final List<String> SUMMARIES = List.of("介绍新产品线，客户对节能型号有兴趣", "商谈年度采购框架协议",
            "回访设备使用情况，反馈良好", "报价跟进，客户要求再降价3%", "邀请参加展会并确认到场人数",
            "技术交流：讨论定制化方案", "催收上季度货款，承诺月底付清", "处理质量投诉，安排工程师上门",
            "节日问候并赠送公司台历", "确认交货期与物流安排", "讨论续签合同条款", "了解明年扩产计划");

    private final Random random;

    public EnterpriseGenerator(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public Place place() {
        return pick(PLACES);
    }

    /** A company name in the place: the prefix is the province or the city, then a word, a trade, a suffix. */
    public String companyName(Place place, String tradeWord) {
        String prefix = random.nextInt(3) == 0 ? place.provinceName() : place.cityName();
        return prefix + pick(WORDS) + tradeWord + pick(SUFFIXES);
    }

    public Trade trade() {
        return pick(TRADES);
    }

    public String nature() {
        return pick(NATURES);
    }

    public String group() {
        return pick(GROUPS);
    }

    public String grade() {
        return pick(GRADES);
    }

    public String source() {
        return pick(SOURCES);
    }

    public String channel() {
        return pick(CHANNELS);
    }

    public String summary() {
        return pick(SUMMARIES);
    }

    public String personName() {
        String name = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
                + GIVEN.charAt(random.nextInt(GIVEN.length()));
        return random.nextBoolean() ? name + GIVEN.charAt(random.nextInt(GIVEN.length())) : name;
    }

    public String mobile() {
        return "13" + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
    }

    public String landline(Place place) {
        random.nextInt(90); // was a made-up area code; still drawn, so that the rest of the demo data stays as it was
        String area = AREA_CODES.get(place.cityCode());
        String number = String.valueOf(60_000_000 + random.nextInt(30_000_000));
        return area + "-" + (SEVEN_DIGIT_AREAS.contains(area) ? number.substring(1) : number);
    }

    /** Area codes whose numbers still have seven digits, not eight. */
    private static final java.util.Set<String> SEVEN_DIGIT_AREAS = java.util.Set.of("0710", "0714", "0717", "0315", "0535", "0592", "0816");

    /** The cities' real telephone area codes, so that the demo numbers pass the phone rule. */
    private static final Map<String, String> AREA_CODES = Map.ofEntries(
            Map.entry("420100", "027"), Map.entry("420200", "0714"), Map.entry("420500", "0717"), Map.entry("420600", "0710"),
            Map.entry("440100", "020"), Map.entry("440300", "0755"), Map.entry("440600", "0757"), Map.entry("441900", "0769"),
            Map.entry("320100", "025"), Map.entry("320200", "0510"), Map.entry("320400", "0519"), Map.entry("320500", "0512"),
            Map.entry("330100", "0571"), Map.entry("330200", "0574"), Map.entry("330300", "0577"), Map.entry("370100", "0531"),
            Map.entry("370200", "0532"), Map.entry("370600", "0535"), Map.entry("410100", "0371"), Map.entry("410300", "0379"),
            Map.entry("430100", "0731"), Map.entry("430200", "0731"), Map.entry("510100", "028"), Map.entry("510700", "0816"),
            Map.entry("210100", "024"), Map.entry("210200", "0411"), Map.entry("350100", "0591"), Map.entry("350200", "0592"),
            Map.entry("130100", "0311"), Map.entry("130200", "0315"), Map.entry("610100", "029"), Map.entry("110108", "010"),
            Map.entry("310115", "021"), Map.entry("500112", "023"));

    public String taxNumber() {
        return "91" + place().provinceCode().substring(0, 2) + String.format("%014d", Math.floorMod(random.nextLong(), 100_000_000_000_000L));
    }

    public String department() {
        return pick(DEPARTMENTS);
    }

    public String title() {
        return pick(TITLES);
    }

    public String hobby() {
        return pick(HOBBIES);
    }

    public LocalDate birthday() {
        return LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** A mailbox from the person's full pinyin, at a domain from the company's initials. */
    public String email(String personName, String companyInitials) {
        String domain = companyInitials.isEmpty() ? "example" : companyInitials.substring(0, Math.min(8, companyInitials.length()));
        return pinyin(personName) + (random.nextInt(90) + 10) + "@" + domain + ".com.cn";
    }

    static String pinyin(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0) {
                out.append(readings[0].replaceAll("[^a-z]", ""));
            }
        }
        return out.toString();
    }
}
