package org.kehu.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import org.kehu.shared.InputLimits;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.support.DefaultFormattingConversionService;

/**
 * Dates of query parameters and form fields: parsed as Spring parses them by default (honouring
 * {@code @DateTimeFormat}), then refused outside {@link InputLimits}' range. Registered last, so it is
 * asked first for these types; it delegates the parsing to a conversion service of Spring's defaults,
 * which is what the application's own is (no {@code spring.mvc.format} settings).
 */
final class SaneDateConverter implements ConditionalGenericConverter {

    private static final Set<ConvertiblePair> PAIRS = Set.of(LocalDate.class, LocalDateTime.class, Instant.class,
            OffsetDateTime.class, ZonedDateTime.class, YearMonth.class).stream()
            .map(type -> new ConvertiblePair(String.class, type)).collect(Collectors.toUnmodifiableSet());

    private final DefaultFormattingConversionService parser = new DefaultFormattingConversionService();

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return PAIRS;
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return true;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        Object value = parser.convert(source, sourceType, targetType);
        if (!InputLimits.isWithinDateRange(value)) {
            throw new RefusedParameter(JsonInputRules.DATE_RANGE);
        }
        return value;
    }
}
