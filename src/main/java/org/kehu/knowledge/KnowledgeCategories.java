package org.kehu.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge categories' editor: create (a code and both languages' names), rename, move up or down, and remove
 * a category no article (nor any kept version of one) uses. The code stays once given: articles refer to it.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('knowledge.edit')")
public class KnowledgeCategories {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final JdbcClient jdbc;

    KnowledgeCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A category with how many articles it holds, in the order the pages list categories. */
    public record CategoryUse(String code, String nameZh, String nameEn, long articles) {
    }

    @Transactional(readOnly = true)
    public List<CategoryUse> list() {
        return jdbc.sql("""
                select c.code, c.name_zh, c.name_en,
                       (select count(*) from knowledge_article a where a.category_code = c.code) as articles
                  from knowledge_category c order by c.sort_order, c.code""").query(CategoryUse.class).list();
    }

    /** Adds a category after the others; refusals name {@code code}, {@code nameZh}, {@code nameEn}. */
    public void create(String code, String nameZh, String nameEn) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Map<String, String> errors = names(nameZh, nameEn);
        if (!CODE.matcher(c).matches()) {
            errors.put("code", "knowledge.category.error.code");
        } else if (exists(c)) {
            errors.put("code", "knowledge.category.error.code-taken");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                insert into knowledge_category(code, name_zh, name_en, sort_order)
                values (?, ?, ?, (select coalesce(max(sort_order), 0) + 10 from knowledge_category))""")
                .params(c, nameZh.strip(), nameEn.strip()).update();
    }

    public void rename(String code, String nameZh, String nameEn) {
        Map<String, String> errors = names(nameZh, nameEn);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (jdbc.sql("update knowledge_category set name_zh = ?, name_en = ? where code = ?")
                .params(nameZh.strip(), nameEn.strip(), code).update() == 0) {
            throw new RecordNotFoundException("Knowledge category", code);
        }
    }

    /** Swaps the category with its neighbour above ({@code up}) or below; at the end nothing moves. */
    public void move(String code, boolean up) {
        List<String> order = list().stream().map(CategoryUse::code).toList();
        int at = order.indexOf(code);
        if (at < 0) {
            throw new RecordNotFoundException("Knowledge category", code);
        }
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= order.size()) {
            return;
        }
        List<String> moved = new java.util.ArrayList<>(order);
        moved.set(at, order.get(other));
        moved.set(other, code);
        for (int i = 0; i < moved.size(); i++) {
            jdbc.sql("update knowledge_category set sort_order = ? where code = ?").params(10 * (i + 1), moved.get(i)).update();
        }
    }

    /** Removes a category that no article and no kept version uses; otherwise refused. */
    public void delete(String code) {
        if (!exists(code)) {
            throw new RecordNotFoundException("Knowledge category", code);
        }
        boolean used = jdbc.sql("""
                select exists (select 1 from knowledge_article where category_code = :c)
                    or exists (select 1 from knowledge_article_version where category_code = :c)""")
                .param("c", code).query(Boolean.class).single();
        if (used) {
            throw new RuleViolationException("knowledge.category.error.in-use", "The category holds articles");
        }
        jdbc.sql("delete from knowledge_category where code = ?").param(code).update();
    }

    private boolean exists(String code) {
        return jdbc.sql("select exists (select 1 from knowledge_category where code = ?)").param(code).query(Boolean.class)
                .single();
    }

    private static Map<String, String> names(String nameZh, String nameEn) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "nameZh", nameZh);
        check(errors, "nameEn", nameEn);
        return errors;
    }

    private static void check(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "knowledge.category.error.name");
        } else if (!InputLimits.fitsLength(value.strip(), 100) || InputLimits.hasControlCharacter(value)) {
            errors.put(field, "knowledge.category.error.name");
        }
    }
}
