package org.kehu.dictionary.internal;

import java.util.List;
import java.util.Map;

import org.kehu.dictionary.DictionaryChanged;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the regions: names, order and the enabled flag of provinces and cities, new cities, and the
 * deletion of a city that no record uses. Provinces are fixed by GB/T 2260 and cannot be added or deleted.
 */
@Service
public class RegionAdmin {

    private static final String SELECT = """
            select r.code, r.parent_code, r.level, r.name_zh, r.name_en, r.sort_order, r.enabled, r.version,
                   (select count(*) from region c where c.parent_code = r.code) as cities
              from region r""";

    private final JdbcClient jdbc;
    private final DictionaryUsages usages;
    private final ApplicationEventPublisher events;

    RegionAdmin(JdbcClient jdbc, DictionaryUsages usages, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.usages = usages;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<RegionRow> provinces() {
        return jdbc.sql(SELECT + " where r.level = 1 order by r.sort_order, r.code").query(this::map).list();
    }

    /** The cities of a province, each marked whether a record uses it; an unknown province is a 404. */
    @Transactional(readOnly = true)
    public List<RegionRow> cities(String provinceCode) {
        province(provinceCode);
        return jdbc.sql(SELECT + " where r.parent_code = :p order by r.sort_order, r.code").param("p", provinceCode)
                .query(this::map).list().stream().map(c -> c.withInUse(usages.regionInUse(c.code()))).toList();
    }

    @Transactional(readOnly = true)
    public RegionRow region(String code) {
        return find(code).withInUse(usages.regionInUse(code));
    }

    public RegionRow province(String code) {
        RegionRow r = find(code);
        if (!r.province()) {
            throw new RecordNotFoundException("Province", code);
        }
        return r;
    }

    /** Adds a city under a province; its code must be a free six-digit code within the province's range. */
    @Transactional
    @PreAuthorize(DictionaryAdmin.EDIT)
    public RegionRow addCity(String provinceCode, RegionForm form) {
        RegionRow province = province(provinceCode);
        String code = form.getCode();
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("code", "region.validation.code.required");
        }
        if (!code.matches("\\d{6}") || !code.startsWith(provinceCode.substring(0, 2)) || code.equals(provinceCode)) {
            throw InvalidInputException.of("code", "region.validation.code.province");
        }
        if (jdbc.sql("select count(*) from region where code = :c").param("c", code).query(Long.class).single() > 0) {
            throw InvalidInputException.of("code", "region.validation.code.taken");
        }
        jdbc.sql("""
                insert into region(code, parent_code, level, name_zh, name_en, sort_order, enabled)
                values (:code, :parent, 2, :zh, :en, :order, :enabled)""")
                .param("code", code).param("parent", province.code()).param("zh", form.getNameZh())
                .param("en", form.getNameEn()).param("order", form.getSortOrder()).param("enabled", form.isEnabled())
                .update();
        RegionRow created = find(code);
        announce("CREATE", created, null, created.auditValues());
        return created;
    }

    /** Updates names, order and the enabled flag; the code and the province stay. */
    @Transactional
    @PreAuthorize(DictionaryAdmin.EDIT)
    public RegionRow update(String code, RegionForm form) {
        RegionRow before = find(code);
        int changed = jdbc.sql("""
                update region set name_zh = :zh, name_en = :en, sort_order = :order, enabled = :enabled,
                       version = version + 1
                 where code = :code and version = :version""")
                .param("zh", form.getNameZh()).param("en", form.getNameEn()).param("order", form.getSortOrder())
                .param("enabled", form.isEnabled()).param("code", code)
                .param("version", form.getVersion() == null ? -1 : form.getVersion()).update();
        if (changed == 0) {
            throw new ConcurrentEditException("Region", code);
        }
        RegionRow after = find(code);
        announce("UPDATE", after, before.auditValues(), after.auditValues());
        return after.withInUse(usages.regionInUse(code));
    }

    @Transactional
    @PreAuthorize(DictionaryAdmin.EDIT)
    public RegionRow setEnabled(String code, boolean enabled) {
        RegionRow before = find(code);
        jdbc.sql("update region set enabled = :enabled, version = version + 1 where code = :code")
                .param("enabled", enabled).param("code", code).update();
        RegionRow after = find(code);
        announce("UPDATE", after, before.auditValues(), after.auditValues());
        return after.withInUse(usages.regionInUse(code));
    }

    /** Deletes a city that no record uses. Provinces are never deleted: disable one instead. */
    @Transactional
    @PreAuthorize(DictionaryAdmin.EDIT)
    public void delete(String code) {
        RegionRow before = find(code);
        if (before.province()) {
            throw new RuleViolationException("region.province.not-deletable",
                    "A province cannot be deleted; disable it instead");
        }
        if (usages.regionInUse(code)) {
            throw new RuleViolationException("region.in-use.refused",
                    "The region " + code + " is in use; disable it instead of deleting it", code);
        }
        jdbc.sql("delete from region where code = :code").param("code", code).update();
        announce("DELETE", before, before.auditValues(), null);
    }

    private RegionRow find(String code) {
        return jdbc.sql(SELECT + " where r.code = :code").param("code", code).query(this::map).optional()
                .orElseThrow(() -> new RecordNotFoundException("Region", code));
    }

    private void announce(String action, RegionRow region, Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(new DictionaryChanged(action, "region", Long.valueOf(region.code()),
                region.code() + " " + region.nameZh(), before, after));
    }

    private RegionRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RegionRow(rs.getString("code"), rs.getString("parent_code"), rs.getInt("level"),
                rs.getString("name_zh"), rs.getString("name_en"), rs.getInt("sort_order"), rs.getBoolean("enabled"),
                rs.getLong("version"), rs.getInt("cities"), false);
    }
}
