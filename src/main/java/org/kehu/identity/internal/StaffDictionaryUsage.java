package org.kehu.identity.internal;

import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Users keep a position and a level from the dictionary: an entry a user holds cannot be deleted. */
@Component
class StaffDictionaryUsage implements DictionaryUsage {

    private final JdbcClient jdbc;

    StaffDictionaryUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(DictionaryType type, String code) {
        String column = switch (type) {
            case POSITION -> "position_code";
            case LEVEL -> "level_code";
            default -> null;
        };
        return column != null && jdbc.sql("select exists (select 1 from app_user where " + column + " = :c)")
                .param("c", code).query(Boolean.class).single();
    }

    @Override
    public boolean usesRegion(String regionCode) {
        return false;
    }
}
