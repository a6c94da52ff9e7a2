package org.kehu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module with only what it uses (the dictionary, and the shared kernel for the database): what it tells other modules
 * about departments, which they read through {@link UserDirectory} rather than the department table.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
// No first administrator: the demo data of the whole-application tests in this JVM needs a database without users.
@TestPropertySource(properties = "kehu.first-administrator=false")
@Transactional
class IdentityModuleTests {

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    private long department(long id, String code, String name, int sortOrder) {
        return jdbc.sql("""
                insert into department(id, code, name, sort_order) overriding system value
                values (:id, :code, :name, :order) returning id""")
                .param("id", id).param("code", code).param("name", name).param("order", sortOrder)
                .query(Long.class).single();
    }

    @Test
    void listsDepartmentsInTheOrganisationsOrderAndFindsEachById() {
        long later = department(90_001, "MT_LATER", "售后二部", 9_999);
        long earlier = department(90_002, "MT_EARLIER", "售后一部", 9_998);

        List<DepartmentSummary> all = users.departments();

        assertThat(all).containsSubsequence(new DepartmentSummary(earlier, "MT_EARLIER", "售后一部"),
                new DepartmentSummary(later, "MT_LATER", "售后二部"));
        assertThat(users.department(later)).contains(new DepartmentSummary(later, "MT_LATER", "售后二部"));
        assertThat(users.department(90_003)).isEmpty();
    }
}
