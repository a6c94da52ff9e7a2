package org.kehu.catalog.internal;

import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the dictionary which units of measure products use, so that a unit in use is not deleted. */
@Component
class CatalogDictionaryUsage implements DictionaryUsage {

    private final JdbcClient jdbc;

    CatalogDictionaryUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(DictionaryType type, String code) {
        return type == DictionaryType.PRODUCT_UNIT && Boolean.TRUE.equals(jdbc
                .sql("select exists(select 1 from product where unit_code = :code)").param("code", code)
                .query(Boolean.class).single());
    }

    @Override
    public boolean usesRegion(String regionCode) {
        return false;
    }
}
