package org.kehu.order.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The numbering rule: {@code SO} + the order date's {@code yyyyMM} + a sequence of that month, five digits
 * (more past 99,999). The month's counter row is incremented in one statement under its row lock, so two
 * orders saved at once never get the same number, and a rolled-back order gives its number back.
 */
@Component
public class OrderNumbers {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");

    private final JdbcClient jdbc;

    OrderNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next(LocalDate orderDate) {
        String period = PERIOD.format(orderDate);
        int n = jdbc.sql("""
                insert into sales_order_number(period, last_value) values (:period, 1)
                on conflict (period) do update set last_value = sales_order_number.last_value + 1
                returning last_value""").param("period", period).query(Integer.class).single();
        return format(period, n);
    }

    public static String format(String period, int sequence) {
        return "SO" + period + String.format("%05d", sequence);
    }
}
