package org.kehu.competitor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.kehu.sales.SalesTestSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Demo users, competitors made over the API, and ids past 127 (so that no boxed comparison passes by luck). */
abstract class CompetitorTestSupport extends SalesTestSupport {

    /** Moves the competitor and product ids past 127; not undone with the test's transaction, which is harmless. */
    void idsPast127() {
        jdbc.sql("select setval(pg_get_serial_sequence('competitor', 'id'), greatest(1000, (select max(id) from competitor)))")
                .query(Long.class).single();
        jdbc.sql("select setval(pg_get_serial_sequence('competitor_product', 'id'),"
                + " greatest(1000, (select max(id) from competitor_product)))").query(Long.class).single();
    }

    long ourProduct(String model) {
        return jdbc.sql("select id from product where model = :m order by id limit 1").param("m", model).query(Long.class).single();
    }

    ResultActions postCompetitor(String username, String code, String name) throws Exception {
        return mvc.perform(post("/api/v1/competitors").with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"fields\":\"数控车床\"}"));
    }

    long competitor(String code, String name) throws Exception {
        return read(postCompetitor("marketing", code, name)).get("id").asLong();
    }
}
