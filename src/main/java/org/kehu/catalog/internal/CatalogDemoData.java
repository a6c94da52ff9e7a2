package org.kehu.catalog.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalogue: 6 categories, 60 products of an industrial supplier (codes {@code P-0001} to {@code P-0060}, stable
 * because the order demo data refers to them), components and option groups for a few machines, and two
 * warehouses with stock whose history is a few movements each. Six products are below their low-stock threshold.
 */
@Component
class CatalogDemoData implements DemoData {

    private static final long SEED = 20261124L;

    record Category(String code, String zh, String en) {
    }

    record Product(String category, String name, String model, String spec, String unit, String price,
            int threshold) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("CNC", "数控机床", "CNC machine tools"),
            new Category("PUMP_VALVE", "工业泵阀", "Industrial pumps and valves"),
            new Category("MOTOR", "电机", "Electric motors"),
            new Category("SENSOR", "传感器", "Sensors"),
            new Category("HYDRAULIC", "液压件", "Hydraulic parts"),
            new Category("SPARE", "备品备件", "Spare parts"));

    /** In code order: the first is P-0001. */
    static final List<Product> PRODUCTS = List.of(
            new Product("CNC", "数控车床", "CK6150", "最大回转直径500mm，最大加工长度1000mm", "UNIT", "168000", 3),
            new Product("CNC", "数控车床", "CK6140", "最大回转直径400mm，最大加工长度750mm", "UNIT", "128000", 3),
            new Product("CNC", "立式加工中心", "VMC850", "工作台1000×500mm，主轴转速8000rpm", "UNIT", "298000", 2),
            new Product("CNC", "立式加工中心", "VMC1160", "工作台1200×600mm，主轴转速8000rpm", "UNIT", "368000", 2),
            new Product("CNC", "卧式加工中心", "HMC630", "工作台630×630mm，四轴联动", "UNIT", "1280000", 1),
            new Product("CNC", "龙门加工中心", "GMC2014", "工作台2000×1400mm，三轴行程2200/1500/800mm", "UNIT", "1650000", 1),
            new Product("CNC", "数控铣床", "XK7132", "工作台1320×320mm，主轴锥孔BT40", "UNIT", "156000", 2),
            new Product("CNC", "数控外圆磨床", "MK1332", "最大磨削直径320mm，最大磨削长度1000mm", "UNIT", "238000", 1),
            new Product("CNC", "数控钻攻中心", "T-600", "工作台700×420mm，主轴转速20000rpm", "UNIT", "215000", 2),
            new Product("CNC", "斜床身数控车床", "TCK46", "床身倾斜45°，12工位伺服刀塔", "UNIT", "225000", 2),
            new Product("PUMP_VALVE", "单级离心泵", "IS80-65-160", "流量50m³/h，扬程32m，配电机7.5kW", "UNIT", "3680", 10),
            new Product("PUMP_VALVE", "多级离心泵", "D46-30×5", "流量46m³/h，扬程150m", "UNIT", "18600", 4),
            new Product("PUMP_VALVE", "立式管道泵", "ISG100-160", "流量100m³/h，扬程32m", "UNIT", "5280", 6),
            new Product("PUMP_VALVE", "不锈钢化工泵", "IH65-50-160", "材质304，流量25m³/h，扬程32m", "UNIT", "6950", 4),
            new Product("PUMP_VALVE", "单螺杆泵", "G35-1", "流量8m³/h，出口压力0.6MPa", "UNIT", "4320", 4),
            new Product("PUMP_VALVE", "法兰闸阀", "Z41H-16C", "DN100，PN16，铸钢WCB", "PIECE", "1280", 20),
            new Product("PUMP_VALVE", "法兰截止阀", "J41H-25", "DN50，PN25，铸钢WCB", "PIECE", "760", 20),
            new Product("PUMP_VALVE", "不锈钢球阀", "Q41F-16P", "DN80，PN16，不锈钢304", "PIECE", "1150", 20),
            new Product("PUMP_VALVE", "对夹式蝶阀", "D71X-16", "DN150，PN16，软密封", "PIECE", "890", 20),
            new Product("PUMP_VALVE", "电动调节阀", "ZDLP-16", "DN65，电子式执行器，4-20mA控制", "PIECE", "6800", 5),
            new Product("MOTOR", "三相异步电动机", "YE3-132M-4", "7.5kW，4极，IE3能效", "UNIT", "2650", 10),
            new Product("MOTOR", "三相异步电动机", "YE3-160M-4", "11kW，4极，IE3能效", "UNIT", "3580", 10),
            new Product("MOTOR", "三相异步电动机", "YE3-180L-4", "22kW，4极，IE3能效", "UNIT", "6120", 6),
            new Product("MOTOR", "三相异步电动机", "YE3-225M-4", "45kW，4极，IE3能效", "UNIT", "11800", 4),
            new Product("MOTOR", "变频调速电机", "YVF2-160L-4", "15kW，调速范围5-100Hz", "UNIT", "5860", 4),
            new Product("MOTOR", "交流伺服电机", "130ST-M10015", "1.5kW，额定转矩10N·m，1500rpm", "UNIT", "1980", 15),
            new Product("MOTOR", "交流伺服驱动器", "SD-1500", "1.5kW，脉冲/总线控制", "UNIT", "1650", 15),
            new Product("MOTOR", "两相步进电机", "86BYG250", "保持转矩8.5N·m", "UNIT", "420", 20),
            new Product("MOTOR", "斜齿轮减速电机", "R87-DRN132S4", "5.5kW，减速比23.3", "UNIT", "7850", 3),
            new Product("MOTOR", "隔爆型三相异步电动机", "YBX3-200L-4", "30kW，Ex d IIB T4", "UNIT", "14600", 2),
            new Product("SENSOR", "压力变送器", "PT-3051", "0-1.6MPa，4-20mA输出，精度0.1%", "PIECE", "1380", 20),
            new Product("SENSOR", "铂电阻温度传感器", "WZP-230", "PT100，-50~400℃", "PIECE", "165", 50),
            new Product("SENSOR", "电磁流量计", "LDG-80", "DN80，衬里PTFE，精度0.5%", "UNIT", "5600", 4),
            new Product("SENSOR", "投入式液位变送器", "LT-800", "量程0-10m，4-20mA", "PIECE", "980", 10),
            new Product("SENSOR", "电感式接近开关", "LJ18A3-8-Z/BX", "检测距离8mm，NPN常开", "EACH", "28", 200),
            new Product("SENSOR", "漫反射光电开关", "E3Z-D61", "检测距离100mm", "EACH", "135", 100),
            new Product("SENSOR", "增量式旋转编码器", "E6B2-CWZ6C", "1000P/R，集电极开路输出", "EACH", "310", 30),
            new Product("SENSOR", "称重传感器", "HSX-A-500", "量程500kg，合金钢", "PIECE", "460", 20),
            new Product("SENSOR", "一体化振动变送器", "VB-Z9500", "振动速度0-20mm/s，4-20mA", "PIECE", "1250", 10),
            new Product("SENSOR", "超声波液位计", "UL-20", "量程0-20m，RS485", "UNIT", "3200", 4),
            new Product("HYDRAULIC", "轴向柱塞泵", "A10VSO71DR", "排量71ml/r，压力28MPa", "UNIT", "12800", 3),
            new Product("HYDRAULIC", "叶片泵", "PV2R2-53", "排量53ml/r", "UNIT", "1680", 8),
            new Product("HYDRAULIC", "齿轮泵", "CBN-E316", "排量16ml/r，额定压力16MPa", "UNIT", "380", 20),
            new Product("HYDRAULIC", "电磁换向阀", "4WE10E", "通径10，DC24V", "PIECE", "680", 30),
            new Product("HYDRAULIC", "先导式溢流阀", "DBW10B", "通径10，最高压力31.5MPa", "PIECE", "920", 15),
            new Product("HYDRAULIC", "液压油缸", "HSG80/45-300", "缸径80mm，杆径45mm，行程300mm", "PIECE", "1850", 10),
            new Product("HYDRAULIC", "液压站", "YZ-7.5", "电机7.5kW，油箱100L", "SET", "16800", 2),
            new Product("HYDRAULIC", "皮囊式蓄能器", "NXQ-25/31.5", "容积25L，31.5MPa", "PIECE", "2150", 5),
            new Product("HYDRAULIC", "钢丝编织高压胶管", "2SN-DN16", "内径16mm，工作压力25MPa", "METRE", "48", 300),
            new Product("HYDRAULIC", "抗磨液压油", "L-HM46", "ISO VG46", "KG", "14.50", 500),
            new Product("SPARE", "滚珠丝杠", "SFU2510-1000", "直径25mm，导程10mm，长度1000mm", "PIECE", "580", 20),
            new Product("SPARE", "直线导轨", "HGR25", "宽度25mm，按米计", "METRE", "420", 30),
            new Product("SPARE", "主轴轴承", "7014C-P4", "角接触球轴承，P4级", "SET", "1350", 10),
            new Product("SPARE", "机械密封", "M7N-45", "轴径45mm，碳化硅/石墨", "SET", "380", 20),
            new Product("SPARE", "O形密封圈套装", "NBR-382", "丁腈橡胶，382件30规格", "BOX", "95", 30),
            new Product("SPARE", "弹性柱销联轴器", "LX3", "许用转矩1250N·m", "PIECE", "260", 20),
            new Product("SPARE", "圆弧齿同步带", "HTD-8M-1200-30", "节距8mm，周长1200mm，带宽30mm", "PIECE", "145", 30),
            new Product("SPARE", "四工位电动刀架", "LD4-CK6150", "适配CK6150，重复定位精度0.005mm", "UNIT", "3600", 3),
            new Product("SPARE", "碳钢平焊法兰", "DN100-PN16", "Q235B，GB/T 9119", "PIECE", "85", 100),
            new Product("SPARE", "不锈钢冷轧板", "304-3.0", "厚度3mm，1219×2438mm", "TON", "16800", 2));

    /** Products (by number) whose stock ends below their threshold. */
    private static final List<Integer> BELOW = List.of(3, 12, 26, 33, 44, 53);

    private final JdbcTemplate jdbc;

    CatalogDemoData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.CATALOG;
    }

    @Override
    public void load() {
        Random random = new Random(SEED);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Long director = jdbc.query("select id from app_user where username = 'director'",
                rs -> rs.next() ? rs.getLong(1) : null);

        int order = 10;
        for (Category c : CATEGORIES) {
            jdbc.update("insert into product_category(code, name_zh, name_en, sort_order) values (?, ?, ?, ?)",
                    c.code(), c.zh(), c.en(), order);
            order += 10;
        }
        Map<String, Long> categories = new HashMap<>();
        jdbc.query("select code, id from product_category", rs -> {
            categories.put(rs.getString(1), rs.getLong(2));
        });

        List<Object[]> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS.size(); i++) {
            Product p = PRODUCTS.get(i);
            Timestamp created = Timestamp.from(now.minus(400 + random.nextInt(300), ChronoUnit.DAYS));
            // Two products are no longer sold, so that the status filter has something to show.
            String status = i == 7 || i == 38 ? "DISCONTINUED" : "ON_SALE";
            products.add(new Object[] {code(i + 1), p.name(), org.kehu.shared.PinyinInitials.initialsOfName(p.name()), categories.get(p.category()), p.model(), p.spec(),
                    p.unit(), new BigDecimal(p.price()), status, BigDecimal.valueOf(p.threshold()),
                    p.name() + " " + p.model() + "，" + p.spec() + "。", created, created});
        }
        jdbc.batchUpdate("""
                insert into product(code, name, name_initials, category_id, model, specification, unit_code, price, status,
                    low_stock_threshold, description, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", products);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from product where code like 'P-0%'", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });

        components(ids);
        options(ids);
        stock(ids, random, now, director);
    }

    static String code(int n) {
        return "P-%04d".formatted(n);
    }

    private void components(Map<String, Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        component(rows, ids, 1, 58, "四工位电动刀架", 1);
        component(rows, ids, 1, 26, "交流伺服电机", 2);
        component(rows, ids, 1, 51, "滚珠丝杠", 2);
        component(rows, ids, 1, 53, "主轴轴承", 2);
        component(rows, ids, 1, 0, "数控系统", 1);
        component(rows, ids, 3, 0, "主轴单元BT40", 1);
        component(rows, ids, 3, 26, "交流伺服电机", 3);
        component(rows, ids, 3, 51, "滚珠丝杠", 3);
        component(rows, ids, 3, 52, "直线导轨", 6);
        component(rows, ids, 3, 0, "斗笠式刀库16把", 1);
        component(rows, ids, 12, 54, "机械密封", 2);
        component(rows, ids, 12, 56, "弹性柱销联轴器", 1);
        component(rows, ids, 12, 23, "三相异步电动机", 1);
        component(rows, ids, 47, 43, "齿轮泵", 1);
        component(rows, ids, 47, 21, "三相异步电动机", 1);
        component(rows, ids, 47, 44, "电磁换向阀", 2);
        component(rows, ids, 47, 45, "先导式溢流阀", 1);
        component(rows, ids, 47, 0, "油箱100L", 1);
        jdbc.batchUpdate("""
                insert into product_component(product_id, part_product_id, part_name, quantity, sort_order)
                values (?, ?, ?, ?, ?)""", rows);
    }

    private static void component(List<Object[]> rows, Map<String, Long> ids, int product, int part, String name,
            int quantity) {
        rows.add(new Object[] {ids.get(code(product)), part == 0 ? null : ids.get(code(part)), name,
                BigDecimal.valueOf(quantity), (rows.size() + 1) * 10});
    }

    private void options(Map<String, Long> ids) {
        group(ids, 1, "数控系统", 10, "广州数控 GSK980TDi", "0", "发那科 0i-TF Plus", "38000", "西门子 828D", "42000");
        group(ids, 1, "卡盘", 20, "手动三爪卡盘", "0", "液压中空卡盘", "6500");
        group(ids, 1, "尾座", 30, "手动尾座", "0", "液压尾座", "4800");
        group(ids, 3, "数控系统", 10, "三菱 M80", "0", "发那科 0i-MF Plus", "25000", "西门子 828D", "28000");
        group(ids, 3, "刀库", 20, "斗笠式16把", "0", "圆盘式24把", "12000");
        group(ids, 3, "主轴", 30, "8000rpm 皮带式", "0", "12000rpm 直联式", "18000");
        group(ids, 11, "泵体材质", 10, "铸铁HT200", "0", "不锈钢304", "2200");
        group(ids, 11, "电机配置", 20, "配套电机", "0", "不配电机", "-1200");
        group(ids, 22, "防护等级", 10, "IP55", "0", "IP56", "300");
        group(ids, 22, "安装方式", 20, "B3 底脚", "0", "B5 法兰", "150", "B35 底脚加法兰", "200");
        group(ids, 31, "量程", 10, "0-1.6MPa", "0", "0-4MPa", "120", "0-25MPa", "380");
        group(ids, 31, "输出信号", 20, "4-20mA", "0", "4-20mA+HART", "600");
    }

    private void group(Map<String, Long> ids, int product, String name, int order, String... options) {
        Long group = jdbc.queryForObject("""
                insert into product_option_group(product_id, name, required, sort_order) values (?, ?, true, ?)
                returning id""", Long.class, ids.get(code(product)), name, order);
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < options.length; k += 2) {
            rows.add(new Object[] {group, options[k], new BigDecimal(options[k + 1]), (k / 2 + 1) * 10});
        }
        jdbc.batchUpdate("insert into product_option(group_id, name, price_delta, sort_order) values (?, ?, ?, ?)", rows);
    }

    private static boolean neverNegative(BigDecimal opening, BigDecimal[] deltas) {
        BigDecimal level = opening;
        for (BigDecimal delta : deltas) {
            level = level.add(delta);
            if (level.signum() < 0) {
                return false;
            }
        }
        return true;
    }

    private void stock(Map<String, Long> ids, Random random, Instant now, Long actor) {
        jdbc.update("""
                insert into warehouse(code, name, address, sort_order) values
                 ('WH-SH', '上海总仓', '上海市嘉定区马陆镇宝安公路2999号', 10),
                 ('WH-WH', '武汉分仓', '湖北省武汉市东西湖区金山大道1号', 20)""");
        List<Long> warehouses = jdbc.queryForList("select id from warehouse order by sort_order", Long.class);
        List<Object[]> stock = new ArrayList<>();
        List<Object[]> movements = new ArrayList<>();
        for (int i = 1; i <= PRODUCTS.size(); i++) {
            Product p = PRODUCTS.get(i - 1);
            long product = ids.get(code(i));
            for (int w = 0; w < warehouses.size(); w++) {
                long warehouse = warehouses.get(w);
                // Below threshold: little in each warehouse; otherwise several times the threshold, the main store more.
                BigDecimal onHand;
                if (BELOW.contains(i)) {
                    onHand = BigDecimal.valueOf(w == 0 ? p.threshold() / 3 : 0);
                } else {
                    onHand = BigDecimal.valueOf(p.threshold() * (w == 0 ? 4L + random.nextInt(6) : 1L + random.nextInt(3)));
                }
                // History: an opening receipt, then a few receipts and issues that end at the stock of today.
                int changes = random.nextInt(4);
                BigDecimal[] deltas = new BigDecimal[changes];
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = 0; k < changes; k++) {
                    long size = Math.max(1, p.threshold() / 2 + random.nextInt(Math.max(1, p.threshold())));
                    deltas[k] = BigDecimal.valueOf(k % 2 == 0 ? -size : size);
                    sum = sum.add(deltas[k]);
                }
                BigDecimal opening = onHand.subtract(sum);
                if (opening.signum() <= 0 || !neverNegative(opening, deltas)) {
                    changes = 0;
                    opening = onHand;
                }
                if (opening.signum() == 0) {
                    continue;
                }
                Instant at = now.minus(180 + random.nextInt(20), ChronoUnit.DAYS);
                BigDecimal level = opening;
                movements.add(new Object[] {product, warehouse, "IN", opening, level, "期初库存", null,
                        actor, Timestamp.from(at)});
                for (int k = 0; k < changes; k++) {
                    at = at.plus(10 + random.nextInt(40), ChronoUnit.DAYS).plus(random.nextInt(600), ChronoUnit.MINUTES);
                    level = level.add(deltas[k]);
                    boolean in = deltas[k].signum() > 0;
                    movements.add(new Object[] {product, warehouse, in ? "IN" : "OUT", deltas[k].abs(), level,
                            in ? "采购入库" : "样品出库", in ? "PO-" + (20260000 + random.nextInt(9999)) : null, actor,
                            Timestamp.from(at)});
                }
                stock.add(new Object[] {product, warehouse, level});
            }
        }
        jdbc.batchUpdate("insert into stock(product_id, warehouse_id, on_hand) values (?, ?, ?)", stock);
        jdbc.batchUpdate("""
                insert into stock_movement(product_id, warehouse_id, kind, quantity, on_hand_after, reserved_after,
                    reason, reference, actor_id, at)
                values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""", movements);
    }
}
