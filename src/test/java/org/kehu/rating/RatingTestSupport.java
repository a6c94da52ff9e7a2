package org.kehu.rating;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** Demo users, their customers (past the first ids) and the models in use, for the ratings' web tests. */
abstract class RatingTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A customer of this demo user with an id above 127, the {@code skip}-th from the highest. */
    long customerOf(String username, int skip) {
        return jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id
                 where u.username = :u and c.id > 127 order by c.id desc offset :skip limit 1""")
                .param("u", username).param("skip", skip).query(Long.class).single();
    }

    long modelInUse(RatingKind kind) {
        return jdbc.sql("select id from rating_model where kind = :k and in_use").param("k", kind.name()).query(Long.class).single();
    }

    long modelVersion(long id) {
        return jdbc.sql("select version from rating_model where id = :id").param("id", id).query(Long.class).single();
    }

    static String grades(int... g) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < g.length; i++) {
            s.append(i == 0 ? "" : ", ").append('"').append((char) ('a' + i)).append("\": ").append(g[i]);
        }
        return s.append('}').toString();
    }

    /** The seed's loyalty matrix with one comparison changed, as JSON rows. */
    static String loyaltyMatrixWith(int row, int column, double value) {
        double[][] a = new double[7][];
        for (int i = 0; i < 7; i++) {
            a[i] = DefaultModels.LOYALTY_MATRIX[i].clone();
        }
        a[row][column] = value;
        a[column][row] = 1 / value;
        return matrixJson(a);
    }

    static String matrixJson(double[][] a) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            s.append(i == 0 ? "" : ",").append('[');
            for (int j = 0; j < a[i].length; j++) {
                s.append(j == 0 ? "" : ",").append(a[i][j]);
            }
            s.append(']');
        }
        return s.append(']').toString();
    }
}
