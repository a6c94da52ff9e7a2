package org.kehu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Kehu CRM: one Spring Boot application, a modular monolith with one top-level package per module. */
@SpringBootApplication
public class KehuApplication {

    public static void main(String[] args) {
        SpringApplication.run(KehuApplication.class, args);
    }
}
