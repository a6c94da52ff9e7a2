package org.kehu.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON input type whose unknown fields are refused: a 400 problem+json naming the field
 * ({@code input.error.unknown-field}) instead of silently ignoring it, so that a misspelt field ({@code calibrationDate}
 * for {@code calibrationEnd}) is not taken for an absent one. Types without it keep Jackson's leniency, so that a
 * client may send back what it read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RefuseUnknownFields {
}
