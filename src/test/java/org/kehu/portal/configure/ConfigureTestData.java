package org.kehu.portal.configure;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo lathe P-0001's option groups and options as the database has them, and the portal sign-in of the tests. */
record ConfigureTestData(long cnc, long gsk, long fanuc, long chuck, long manualChuck, long hydraulicChuck, long tailstock,
        long manualTailstock, long optionOfAnotherProduct) {

    static ConfigureTestData read(JdbcClient jdbc) {
        return new ConfigureTestData(group(jdbc, "数控系统"), option(jdbc, "数控系统", "广州数控 GSK980TDi"),
                option(jdbc, "数控系统", "发那科 0i-TF Plus"), group(jdbc, "卡盘"), option(jdbc, "卡盘", "手动三爪卡盘"),
                option(jdbc, "卡盘", "液压中空卡盘"), group(jdbc, "尾座"), option(jdbc, "尾座", "手动尾座"),
                jdbc.sql("""
                        select o.id from product_option o join product_option_group g on g.id = o.group_id
                          join product p on p.id = g.product_id where p.code = 'P-0003' order by o.id limit 1""")
                        .query(Long.class).single());
    }

    private static long group(JdbcClient jdbc, String name) {
        return jdbc.sql("""
                select g.id from product_option_group g join product p on p.id = g.product_id
                 where p.code = 'P-0001' and g.name = ?""").param(name).query(Long.class).single();
    }

    private static long option(JdbcClient jdbc, String group, String name) {
        return jdbc.sql("""
                select o.id from product_option o join product_option_group g on g.id = o.group_id
                  join product p on p.id = g.product_id where p.code = 'P-0001' and g.name = ? and o.name = ?""")
                .params(group, name).query(Long.class).single();
    }

    /** The form of a valid choice: FANUC, hydraulic chuck, manual tailstock (168,000 + 38,000 + 6,500 = 212,500). */
    List<String[]> fanucWithHydraulicChuck() {
        return List.of(new String[] {"g" + cnc, String.valueOf(fanuc)}, new String[] {"g" + chuck, String.valueOf(hydraulicChuck)},
                new String[] {"g" + tailstock, String.valueOf(manualTailstock)});
    }

    static Cookie portalLogin(MockMvc mvc, String login) throws Exception {
        return mvc.perform(formLogin("/portal/login").user(login).password("demo123")).andReturn().getResponse()
                .getCookie("SESSION");
    }

    static Cookie staffLogin(MockMvc mvc, String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo123")).andReturn().getResponse().getCookie("SESSION");
    }
}
