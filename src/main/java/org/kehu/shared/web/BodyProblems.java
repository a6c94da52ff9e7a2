package org.kehu.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.kehu.shared.web.ApiExceptionHandler.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why a JSON body could not be read, as field problems: the JSON path of the field and what it must be
 * ("a whole number", "a date such as 2026-05-31", "one of …"), in the user's language.
 */
final class BodyProblems {

    private BodyProblems() {
    }

    static List<FieldProblem> of(HttpMessageNotReadableException ex, MessageSource messages) {
        JacksonException jackson = find(ex, JacksonException.class);
        if (jackson == null) {
            return List.of(new FieldProblem("body", text(messages, "input.error.unreadable")));
        }
        String field = path(jackson);
        String message;
        if (jackson instanceof RefusedJsonValue refused) {
            message = text(messages, refused.messageKey());
        } else if (jackson instanceof InvalidNullException) {
            message = text(messages, "input.error.null-element");
        } else if (jackson instanceof UnrecognizedPropertyException) {
            message = text(messages, "input.error.unknown-field");
        } else if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = expected(mismatch.getTargetType(), messages);
        } else if (jackson instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            message = expected(coercion.getTargetType(), messages); // a number too large for its type
        } else {
            message = text(messages, "input.error.unreadable");
        }
        return List.of(new FieldProblem(field.isEmpty() ? "body" : field, message));
    }

    /** {@code lines[2].quantity}, as the fields of the body are written. */
    static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String expected(Class<?> type, MessageSource messages) {
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return text(messages, "input.type.choice", values);
        }
        return text(messages, "input.type." + kind(type));
    }

    private static String kind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "integer";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == YearMonth.class) {
            return "month";
        }
        if (type == LocalTime.class) {
            return "time";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "datetime";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "object";
    }

    private static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
