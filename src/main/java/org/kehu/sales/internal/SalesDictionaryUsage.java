package org.kehu.sales.internal;

import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the dictionary which sources, stages and lost reasons opportunities use. */
@Component
class SalesDictionaryUsage implements DictionaryUsage {

    private final JdbcClient jdbc;

    SalesDictionaryUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(DictionaryType type, String code) {
        String sql = switch (type) {
            case OPPORTUNITY_SOURCE -> "select exists(select 1 from opportunity where source_code = :code)";
            case OPPORTUNITY_STAGE -> "select exists(select 1 from opportunity where stage_code = :code)";
            case LOST_REASON -> "select exists(select 1 from opportunity where lost_reason_code = :code)";
            default -> null;
        };
        return sql != null && Boolean.TRUE.equals(jdbc.sql(sql).param("code", code).query(Boolean.class).single());
    }

    @Override
    public boolean usesRegion(String regionCode) {
        return false;
    }
}
