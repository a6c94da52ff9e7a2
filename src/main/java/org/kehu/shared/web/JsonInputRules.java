package org.kehu.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.shared.InputLimits;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The input rules of {@link InputLimits} for every JSON body, in one place instead of on every field:
 * text without control characters, dates within 1900..2200, no {@code null} inside a list. A refused
 * value fails the reading of the body with the path of its field, which {@link ApiExceptionHandler}
 * names in the answer.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputRules {

    static final String CONTROL_CHARACTER = "input.error.control-character";
    static final String DATE_RANGE = "input.error.date-range";
    static final String TOO_LARGE = "input.error.too-large";

    /**
     * No field of ours takes more than 100 digits before or after the point; beyond that a number such as
     * {@code 1e-999999999} only makes rounding it expensive. The columns' own bounds are the checks' business.
     */
    private static final int MAX_DIGITS = 100;

    private static final Set<Class<?>> DATES = Set.of(LocalDate.class, LocalDateTime.class, Instant.class,
            OffsetDateTime.class, ZonedDateTime.class, YearMonth.class);

    @Bean
    JsonMapperBuilderCustomizer inputRulesCustomizer() {
        JsonSetter.Value failOnNullElement = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return builder -> builder.addModule(module()).addHandler(new UnknownFieldRefusal())
                .withConfigOverride(List.class, o -> o.setNullHandling(failOnNullElement))
                .withConfigOverride(Set.class, o -> o.setNullHandling(failOnNullElement))
                .withConfigOverride(Collection.class, o -> o.setNullHandling(failOnNullElement));
    }

    static SimpleModule module() {
        return new SimpleModule("kehu-input-rules").setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                    ValueDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                if (type == String.class || type == Object.class) {
                    return new Checked(deserializer, type, CONTROL_CHARACTER);
                }
                if (DATES.contains(type)) {
                    return new Checked(deserializer, type, DATE_RANGE);
                }
                if (type == BigDecimal.class) {
                    return new Checked(deserializer, type, TOO_LARGE);
                }
                return deserializer;
            }
        });
    }

    /** Reads as the standard deserializer does, then refuses what breaks the rule. */
    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;
        private final String messageKey;

        Checked(ValueDeserializer<?> delegate, Class<?> type, String messageKey) {
            super(delegate);
            this.type = type;
            this.messageKey = messageKey;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, type, messageKey);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            return check(p, super.deserialize(p, ctxt));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws JacksonException {
            return check(p, super.deserialize(p, ctxt, intoValue));
        }

        private Object check(JsonParser p, Object value) {
            boolean refused = switch (messageKey) {
                case DATE_RANGE -> !InputLimits.isWithinDateRange(value);
                case TOO_LARGE -> value instanceof BigDecimal n
                        && (Math.abs(n.scale()) > MAX_DIGITS || n.precision() - n.scale() > MAX_DIGITS);
                default -> hasControlCharacter(value);
            };
            if (refused) {
                throw new RefusedJsonValue(p, type, messageKey);
            }
            return value;
        }

        /** Strings, also inside untyped values ({@code Map<String, Object>} answers and the like). */
        private static boolean hasControlCharacter(Object value) {
            if (value instanceof CharSequence s) {
                return InputLimits.hasControlCharacter(s);
            }
            if (value instanceof Map<?, ?> m) {
                return m.keySet().stream().anyMatch(Checked::hasControlCharacter)
                        || m.values().stream().anyMatch(Checked::hasControlCharacter);
            }
            if (value instanceof Collection<?> c) {
                return c.stream().anyMatch(Checked::hasControlCharacter);
            }
            return false;
        }
    }

    /** Refuses an unknown field of a type marked {@link RefuseUnknownFields}; others skip it, as Spring's default does. */
    static final class UnknownFieldRefusal extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (type.isAnnotationPresent(RefuseUnknownFields.class)) {
                throw UnrecognizedPropertyException.from(p, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
            }
            return false;
        }
    }
}
