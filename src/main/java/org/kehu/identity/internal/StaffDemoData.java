package org.kehu.identity.internal;

import java.util.List;

import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Departments (one a sub-department, three with a head) and a user for every role; every password is
 * {@code demo123}.
 */
@Component
class StaffDemoData implements DemoData {

    static final String PASSWORD = "demo123";

    record DemoUser(String username, String name, String employeeCode, String department, String position,
            String level, String role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "系统管理员", "A0001", "HQ", "ADMINISTRATOR", "M1", "ADMIN"),
            new DemoUser("executive", "王建国", "E0001", "HQ", "VICE_PRESIDENT", "E1", "EXECUTIVE"),
            new DemoUser("director", "李明华", "S0001", "SALES", "SALES_DIRECTOR", "M2", "SALES_DIRECTOR"),
            new DemoUser("manager", "张伟", "S0002", "SALES", "ACCOUNT_MANAGER", "P2", "ACCOUNT_MANAGER"),
            new DemoUser("manager2", "陈静", "S0101", "SALES_SOUTH", "ACCOUNT_MANAGER", "P3", "ACCOUNT_MANAGER"),
            new DemoUser("service", "赵丽", "C0001", "SERVICE", "SERVICE_STAFF", "P1", "SERVICE_STAFF"),
            new DemoUser("servicelead", "孙强", "C0002", "SERVICE", "SERVICE_MANAGER", "M1", "SERVICE_MANAGER"),
            new DemoUser("marketing", "周敏", "M0001", "MARKETING", "MARKETING", "P2", "MARKETING"));

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    StaffDemoData(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public Step step() {
        return Step.STAFF;
    }

    @Override
    public void load() {
        department("HQ", "总经理办公室", null, 10);
        department("SALES", "销售部", "HQ", 20);
        department("SALES_EAST", "华东销售组", "SALES", 21);
        department("SALES_SOUTH", "华南销售部", "HQ", 30);
        department("SERVICE", "客户服务部", "HQ", 40);
        department("MARKETING", "市场部", "HQ", 50);
        String hash = encoder.encode(PASSWORD);
        for (DemoUser u : USERS) {
            long id = jdbc.sql("""
                    insert into app_user(username, password_hash, name, employee_code, department_id, position_code, level_code, phone, email)
                    values (:username, :hash, :name, :code, (select id from department where code = :dept), :position, :level, :phone, :email)
                    returning id""")
                    .param("username", u.username()).param("hash", hash).param("name", u.name())
                    .param("code", u.employeeCode()).param("dept", u.department()).param("position", u.position())
                    .param("level", u.level()).param("phone", "1380000" + u.employeeCode().substring(1))
                    .param("email", u.username() + "@kehu.example.cn").query(Long.class).single();
            jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = :role")
                    .param("id", id).param("role", u.role()).update();
        }
        // The heads record the instructions on complaints and suggestions routed to their departments.
        head("SERVICE", "servicelead");
        head("SALES", "director");
        head("HQ", "executive");
    }

    private void head(String department, String username) {
        jdbc.sql("update department set head_user_id = (select id from app_user where username = :username) where code = :code")
                .param("username", username).param("code", department).update();
    }

    private void department(String code, String name, String parent, int order) {
        jdbc.sql("insert into department(code, name, parent_id, sort_order) values (:code, :name, (select id from department where code = :parent), :order)")
                .param("code", code).param("name", name).param("parent", parent).param("order", order).update();
    }
}
