package org.kehu.portal.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Order tracking without a login: the number and four phone digits, no oracle, and a limit on tries. Not in a test
 * transaction: the limiter commits each try in a transaction of its own, and the tries are cleared before each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrderTrackingPageTests extends ShowcaseTestSupport {

    private String number;
    private String lastFour;
    private String place;

    @BeforeEach
    void aShippedOrderWithTracking() {
        jdbc.sql("delete from portal_track_attempt").update();
        var row = jdbc.sql("""
                select o.number, coalesce(m.mobile, c.phone) as phone,
                       (select place from sales_order_tracking t where t.order_id = o.id order by occurred_at desc, id desc limit 1) as place
                  from sales_order o join customer c on c.id = o.customer_id left join contact m on m.id = c.main_contact_id
                 where exists (select 1 from sales_order_tracking t where t.order_id = o.id)
                   and coalesce(m.mobile, c.phone) ~ '^1\\d{10}$'
                 order by o.id desc limit 1""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        number = row[0];
        lastFour = row[1].substring(row[1].length() - 4);
        place = row[2];
    }

    private MockHttpServletRequestBuilder track(String orderNumber, String phone, String clientAddress) {
        return post("/portal/track").with(csrf()).param("number", orderNumber).param("phone", phone)
                .with(r -> {
                    r.setRemoteAddr(clientAddress);
                    return r;
                });
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFormIsOpenToAnyone() throws Exception {
        assertThat(html(get("/portal/track"))).contains("id=\"track-form\"", "id=\"track-number\"", "id=\"track-phone\"");
    }

    @Test
    void theRightNumberAndDigitsShowTheStatusAndWhereTheGoodsAre() throws Exception {
        String page = page(track(number.toLowerCase(java.util.Locale.ROOT), lastFour, "10.0.0.1"));
        assertThat(page).contains("id=\"track-result\"", number, "id=\"track-stops\"", place)
                .doesNotContain("id=\"track-not-found\"");
    }

    @Test
    void aWrongPairAnswersExactlyAsAnUnknownNumber() throws Exception {
        String wrongDigits = lastFour.equals("0000") ? "1111" : "0000";
        String wrong = page(track(number, wrongDigits, "10.0.0.2"));
        String unknown = page(track("SO209912" + "99999", lastFour, "10.0.0.2"));
        assertThat(wrong).contains("id=\"track-not-found\"").doesNotContain("id=\"track-result\"", place);
        // the same page but for the input echoed in the fields and each response's own CSRF token
        String echoed = "(value|content)=\"[^\"]*\"";
        assertThat(wrong.replaceAll(echoed, "")).isEqualTo(unknown.replaceAll(echoed, ""));
    }

    @Test
    void badInputIsRefusedBesideTheFieldsWithoutATry() throws Exception {
        String page = mvc.perform(track("SO<1>", "12a", "10.0.0.3")).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"track-number-error\"", "id=\"track-phone-error\"");
        assertThat(jdbc.sql("select count(*) from portal_track_attempt").query(Integer.class).single()).isZero();
    }

    @Test
    void tenTriesPerClientThenAClearMessageEvenForTheRightPair() throws Exception {
        for (int i = 0; i < TrackingLimiter.MAX_TRIES; i++) {
            mvc.perform(track("SO2099120000" + i, "1234", "10.0.0.4")).andExpect(status().isOk());
        }
        String limited = mvc.perform(track(number, lastFour, "10.0.0.4")).andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(limited).contains("id=\"track-limited\"", "15").doesNotContain("id=\"track-result\"");
        // another client is not held back by that one
        assertThat(page(track(number, lastFour, "10.0.0.5"))).contains("id=\"track-result\"");
    }

    @Test
    void tenTriesPerOrderNumberFromAnyNumberOfClients() throws Exception {
        for (int i = 0; i < TrackingLimiter.MAX_TRIES; i++) {
            mvc.perform(track(number, String.format("%04d", i), "10.1.0." + i)).andExpect(status().isOk());
        }
        mvc.perform(track(number, lastFour, "10.1.0.99")).andExpect(status().isTooManyRequests());
    }
}
