package org.kehu.churn.internal;

import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the dictionary which churn reasons confirmed warnings use. */
@Component
class ChurnDictionaryUsage implements DictionaryUsage {

    private final JdbcClient jdbc;

    ChurnDictionaryUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(DictionaryType type, String code) {
        return type == DictionaryType.CHURN_REASON && Boolean.TRUE.equals(jdbc.sql(
                "select exists(select 1 from churn_action where reason_code = :code)").param("code", code)
                .query(Boolean.class).single());
    }

    @Override
    public boolean usesRegion(String regionCode) {
        return false;
    }
}
