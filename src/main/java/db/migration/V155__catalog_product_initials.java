package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.kehu.shared.PinyinInitials;

/**
 * Products get the pinyin initials of their names, so that the order form finds 深沟球轴承 by {@code sgq}
 * as the customer search finds customers. A Java migration because the initials of the existing
 * products come from pinyin4j, which SQL does not have; products written later set their own.
 */
public class V155__catalog_product_initials extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("alter table product add column name_initials varchar(200) not null default ''");
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select id, name from product");
                PreparedStatement update = connection.prepareStatement("update product set name_initials = ? where id = ?")) {
            int batched = 0;
            while (rs.next()) {
                update.setString(1, PinyinInitials.initialsOfName(rs.getString(2)));
                update.setLong(2, rs.getLong(1));
                update.addBatch();
                if (++batched % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("create index product_initials_trgm_idx on product using gin (name_initials gin_trgm_ops)");
        }
    }
}
