package org.kehu.customer.internal;

import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the dictionary which entries and regions customers, contacts and interactions use. */
@Component
class CustomerDictionaryUsage implements DictionaryUsage {

    private final JdbcClient jdbc;

    CustomerDictionaryUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(DictionaryType type, String code) {
        String sql = switch (type) {
            case CUSTOMER_NATURE -> "select exists(select 1 from customer where nature_code = :code)";
            case CUSTOMER_GROUP -> "select exists(select 1 from customer where group_code = :code)";
            case CUSTOMER_GRADE -> "select exists(select 1 from customer where grade_code = :code)";
            case INDUSTRY -> "select exists(select 1 from customer where industry_code = :code)";
            case CUSTOMER_SOURCE -> "select exists(select 1 from customer where source_code = :code)";
            case INTERACTION_CHANNEL -> "select exists(select 1 from interaction where channel_code = :code)";
            case NATIONALITY -> "select exists(select 1 from contact where nationality_code = :code)";
            default -> null;
        };
        return sql != null && Boolean.TRUE.equals(jdbc.sql(sql).param("code", code).query(Boolean.class).single());
    }

    @Override
    public boolean usesRegion(String regionCode) {
        return Boolean.TRUE.equals(jdbc.sql("""
                select exists(select 1 from customer where province_code = :code)
                    or exists(select 1 from customer where city_code = :code)""")
                .param("code", regionCode).query(Boolean.class).single());
    }
}
