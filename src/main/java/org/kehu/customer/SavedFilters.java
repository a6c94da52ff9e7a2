package org.kehu.customer;

import java.util.List;

import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's saved queries of the customer list. Saving under an existing name replaces that query.
 * A user sees and deletes only their own.
 */
@Service
@Transactional
public class SavedFilters {

    static final String LIST = "customers";

    private final JdbcClient jdbc;
    private final UserDirectory users;

    SavedFilters(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> mine() {
        return jdbc.sql("select id, name, query from saved_filter where user_id = :u and list = :l order by name")
                .param("u", users.requireCurrentUser().id()).param("l", LIST).query(SavedFilter.class).list();
    }

    public SavedFilter save(String name, String query) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw InvalidInputException.of("filterName", "customer.error.required");
        }
        if (n.length() > 100) {
            throw InvalidInputException.of("filterName", "customer.error.too-long");
        }
        String q = query == null ? "" : query.strip();
        if (q.length() > 2000) {
            throw InvalidInputException.of("query", "customer.error.too-long");
        }
        return jdbc.sql("""
                insert into saved_filter(user_id, list, name, query) values (:u, :l, :n, :q)
                on conflict (user_id, list, name) do update set query = excluded.query
                returning id, name, query""")
                .param("u", users.requireCurrentUser().id()).param("l", LIST).param("n", n).param("q", q)
                .query(SavedFilter.class).single();
    }

    public void delete(long id) {
        int n = jdbc.sql("delete from saved_filter where id = :id and user_id = :u").param("id", id)
                .param("u", users.requireCurrentUser().id()).update();
        if (n == 0) {
            throw new RecordNotFoundException("Saved filter", id);
        }
    }
}
