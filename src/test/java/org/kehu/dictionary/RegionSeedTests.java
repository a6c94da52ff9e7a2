package org.kehu.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The regions shipped as seed data: every province with its cities, named in both languages. */
@SpringBootTest
class RegionSeedTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dictionary dictionary;

    private List<Region> all() {
        return jdbc.sql("select code, parent_code, level, name_zh, name_en, sort_order, enabled from region")
                .query(Region.class).list();
    }

    @Test
    void offersAllThirtyFourProvincialDivisionsWithProvinceCodes() {
        List<Region> provinces = dictionary.provinces();
        assertThat(provinces).hasSize(34);
        assertThat(provinces).allSatisfy(p -> {
            assertThat(p.code()).matches("\\d{2}0000");
            assertThat(p.parentCode()).isNull();
        });
        assertThat(provinces).extracting(Region::nameZh)
                .contains("北京市", "湖北省", "内蒙古自治区", "西藏自治区", "香港特别行政区", "澳门特别行政区", "台湾省");
    }

    @Test
    void everyMainlandProvinceHasCitiesAndEveryCityBelongsToAProvince() {
        List<Region> regions = all();
        Map<String, Region> byCode = regions.stream().collect(Collectors.toMap(Region::code, Function.identity()));
        List<Region> cities = regions.stream().filter(r -> r.level() == 2).toList();

        assertThat(cities).allSatisfy(c -> {
            Region province = byCode.get(c.parentCode());
            assertThat(province).as("province of %s", c.code()).isNotNull();
            assertThat(province.level()).isEqualTo(1);
            assertThat(c.code()).matches("\\d{6}").startsWith(province.code().substring(0, 2));
        });
        // Taiwan (71), Hong Kong (81) and Macao (82) have no subdivision codes in GB/T 2260.
        dictionary.provinces().stream().filter(p -> p.code().compareTo("700000") < 0)
                .forEach(p -> assertThat(dictionary.cities(p.code())).as("cities of %s", p.nameZh()).isNotEmpty());
        assertThat(cities.size()).isGreaterThan(300);
    }

    @Test
    void everyRegionHasAChineseAndAToneLessEnglishName() {
        assertThat(all()).allSatisfy(r -> {
            assertThat(r.nameZh()).isNotBlank();
            assertThat(r.nameEn()).as("English name of %s", r.nameZh()).matches("[A-Z][A-Za-z' ()ü]*");
        });
    }

    @Test
    void namesPlacesAsTheyAreKnownInEnglish() {
        assertThat(dictionary.region("420000")).get().extracting(Region::nameZh, Region::nameEn)
                .containsExactly("湖北省", "Hubei");
        assertThat(dictionary.region("420100")).get().extracting(Region::nameZh, Region::nameEn)
                .containsExactly("武汉市", "Wuhan");
        Map<String, String> english = all().stream().collect(Collectors.toMap(Region::code, Region::nameEn));
        assertThat(english).containsEntry("500000", "Chongqing").containsEntry("610000", "Shaanxi")
                .containsEntry("140000", "Shanxi").containsEntry("150000", "Inner Mongolia")
                .containsEntry("350200", "Xiamen").containsEntry("810000", "Hong Kong").containsEntry("820000", "Macao")
                .containsEntry("510100", "Chengdu").containsEntry("610100", "Xi'an").containsEntry("310115", "Pudong");
    }
}
