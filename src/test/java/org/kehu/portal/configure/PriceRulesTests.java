package org.kehu.portal.configure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.catalog.ConfigurableProduct;
import org.kehu.catalog.ProductDetails.Option;
import org.kehu.catalog.ProductDetails.OptionGroup;
import org.kehu.catalog.PublicProduct;

/** The configurator's price: base + the chosen options' differences, × quantity, and every refused choice. */
class PriceRulesTests {

    // A lathe as in the catalogue's demo (CK6150, ¥168,000): CNC system and chuck required, a tailstock optional.
    static final OptionGroup CNC = new OptionGroup(301, "数控系统", true, List.of(
            new Option(3011, "GSK980TDi", new BigDecimal("0")), new Option(3012, "FANUC 0i-TF Plus", new BigDecimal("38000")),
            new Option(3013, "SIEMENS 828D", new BigDecimal("42000"))));
    static final OptionGroup CHUCK = new OptionGroup(302, "卡盘", true, List.of(
            new Option(3021, "手动三爪卡盘", new BigDecimal("0")), new Option(3022, "液压中空卡盘", new BigDecimal("6500"))));
    static final OptionGroup TAILSTOCK = new OptionGroup(303, "尾座", false, List.of(
            new Option(3031, "液压尾座", new BigDecimal("4800")), new Option(3032, "不配尾座", new BigDecimal("-1500"))));
    static final ConfigurableProduct LATHE = new ConfigurableProduct(new PublicProduct(201, "P-0201", "数控车床", 130, "CK6150",
            "spec", "UNIT", new BigDecimal("168000.00"), null), List.of(), List.of(CNC, CHUCK, TAILSTOCK));

    static PriceRules.Result price(String quantity, PriceRules.Choice... choices) {
        return PriceRules.price(LATHE, new PriceRules.Request(List.of(choices), quantity, null));
    }

    static PriceRules.Choice in(long group, long option) {
        return new PriceRules.Choice(group, String.valueOf(option));
    }

    @Test
    void addsTheDifferenceOfEachChosenOptionToTheBasePriceAndMultipliesByTheQuantity() {
        PriceRules.Result r = price("2", in(301, 3012), in(302, 3022), in(303, 3031));
        assertThat(r.errors()).isEmpty();
        assertThat(r.unitPrice()).isEqualByComparingTo("217300"); // 168000 + 38000 + 6500 + 4800
        assertThat(r.total()).isEqualByComparingTo("434600");
        assertThat(r.chosen()).extracting(c -> c.option().id()).containsExactly(3012L, 3022L, 3031L);
    }

    @Test
    void aCheaperOptionTakesMoneyOffAndAnOptionalGroupMayStayEmpty() {
        assertThat(price("1", in(301, 3011), in(302, 3021), in(303, 3032)).unitPrice()).isEqualByComparingTo("166500");
        PriceRules.Result none = price("3", in(301, 3011), in(302, 3021), new PriceRules.Choice(303L, ""));
        assertThat(none.errors()).isEmpty();
        assertThat(none.total()).isEqualByComparingTo("504000");
    }

    @Test
    void aRequiredGroupWithoutAChoiceIsNamed() {
        assertThat(price("1", in(301, 3011)).errors()).containsExactly(
                java.util.Map.entry("group-302", "configure.error.option-required"));
    }

    @Test
    void refusesAnOptionOfAnotherProductOrAnotherGroupAndTwoOptionsInOneGroup() {
        assertThat(price("1", in(301, 9999), in(302, 3021)).errors()).containsEntry("group-301", "configure.error.option-unknown");
        assertThat(price("1", in(301, 3021), in(302, 3021)).errors()).containsEntry("group-301", "configure.error.option-other-group");
        assertThat(price("1", in(301, 3011), in(301, 3012), in(302, 3021)).errors())
                .containsEntry("group-301", "configure.error.option-twice");
        assertThat(price("1", new PriceRules.Choice(null, "3011"), new PriceRules.Choice(null, "3013"), in(302, 3021)).errors())
                .containsEntry("group-301", "configure.error.option-twice");
        assertThat(price("1", new PriceRules.Choice(null, "12a"), in(301, 3011), in(302, 3021)).errors())
                .containsEntry("option", "configure.error.option-unknown");
    }

    @Test
    void theQuantityIsAWholeNumberFromOneTo999() {
        PriceRules.Choice[] ok = {in(301, 3011), in(302, 3021)};
        assertThat(price("999", ok).errors()).isEmpty();
        assertThat(price("0", ok).errors()).containsEntry("quantity", "configure.error.quantity-range");
        assertThat(price("-2", ok).errors()).containsEntry("quantity", "configure.error.quantity-range");
        assertThat(price("1000", ok).errors()).containsEntry("quantity", "configure.error.quantity-range");
        assertThat(price("99999999999999999999", ok).errors()).containsEntry("quantity", "configure.error.quantity-range");
        assertThat(price("1.5", ok).errors()).containsEntry("quantity", "configure.error.quantity-whole");
        assertThat(price("", ok).errors()).containsEntry("quantity", "configure.error.quantity-required");
    }

    @Test
    void refusesALongNoteAndControlCharacters() {
        List<PriceRules.Choice> ok = List.of(in(301, 3011), in(302, 3021));
        assertThat(PriceRules.price(LATHE, new PriceRules.Request(ok, "1", "x".repeat(501))).errors())
                .containsEntry("note", "configure.error.note-too-long");
        assertThat(PriceRules.price(LATHE, new PriceRules.Request(ok, "1", "a\u0000b")).errors())
                .containsEntry("note", "configure.error.control-character");
        assertThat(PriceRules.price(LATHE, new PriceRules.Request(List.of(in(301, 3011), new PriceRules.Choice(302L, "3021\u0000")),
                "1", null)).errors()).containsEntry("group-302", "configure.error.option-unknown");
    }

    @Test
    void refusesMoreChoicesThanAnyProductHasGroups() {
        PriceRules.Choice[] many = java.util.stream.IntStream.range(0, 51).mapToObj(i -> in(301, 3011))
                .toArray(PriceRules.Choice[]::new);
        assertThat(price("1", many).errors()).containsEntry("option", "configure.error.too-many-choices");
    }
}
