package org.kehu.customer.internal;

import java.time.Year;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The numbering rule of customer codes: {@code KH} + year + a six-digit sequence, e.g. KH2026000042. */
@Component
public class CustomerCodes {

    private final JdbcClient jdbc;

    CustomerCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next() {
        long n = jdbc.sql("select nextval('customer_code_seq')").query(Long.class).single();
        return "KH%d%06d".formatted(Year.now().getValue(), n);
    }

    /** The next number of the rule, as an SQL expression, for inserts of many customers at once. */
    public String nextNumberSql() {
        return "nextval('customer_code_seq')";
    }

    /** The same rule as {@link #next()}, as an SQL expression formatting the number in column {@code number}. */
    public String codeSql(String number) {
        return "'KH' || %d || lpad(%s::text, greatest(6, length(%s::text)), '0')".formatted(Year.now().getValue(), number, number);
    }
}
