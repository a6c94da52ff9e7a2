package org.kehu.support.ticket;

import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ticket types, priorities, complaint and suggestion categories and complaint targets tickets use. */
@Component
class TicketDictionaryUsage implements DictionaryUsage {

    private final JdbcClient jdbc;

    TicketDictionaryUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(DictionaryType type, String code) {
        String where = switch (type) {
            case TICKET_TYPE -> "type_code = :code";
            case TICKET_PRIORITY -> "priority_code = :code";
            case COMPLAINT_CATEGORY -> "type_code = 'COMPLAINT' and category_code = :code";
            case SUGGESTION_CATEGORY -> "type_code = 'SUGGESTION' and category_code = :code";
            case COMPLAINT_TARGET -> "target_code = :code";
            default -> null;
        };
        return where != null && jdbc.sql("select exists (select 1 from ticket where " + where + ")").param("code", code)
                .query(Boolean.class).single();
    }

    @Override
    public boolean usesRegion(String regionCode) {
        return false;
    }
}
