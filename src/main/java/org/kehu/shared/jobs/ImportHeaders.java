package org.kehu.shared.jobs;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads an import file's header against the columns of an import: each cell names a column in English or
 * Chinese (or by an alias), ignoring case, spaces and a {@code *} mark; an unknown or repeated column, or a
 * missing required one, refuses the file with {@link ImportRefusedException} naming it.
 */
public final class ImportHeaders {

    private ImportHeaders() {
    }

    /** The column a header cell names, if any. */
    public static <C extends Enum<C> & ImportColumnName> Optional<C> column(Class<C> type, String cell) {
        String h = normalize(cell);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> Stream.concat(Stream.of(c.english(), c.chinese(), c.field()), c.aliases().stream())
                        .anyMatch(name -> normalize(name).equals(h)))
                .findFirst();
    }

    /** Which column each header cell names, by its index; blank cells are skipped. */
    public static <C extends Enum<C> & ImportColumnName> Map<C, Integer> map(Class<C> type, List<String> header) {
        Map<C, Integer> columns = new EnumMap<>(type);
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i).trim();
            if (normalize(cell).isEmpty()) {
                continue;
            }
            C column = column(type, cell).orElseThrow(() -> new ImportRefusedException("import.file.error.unknown-column", cell));
            if (columns.put(column, i) != null) {
                throw new ImportRefusedException("import.file.error.repeated-column", cell);
            }
        }
        return columns;
    }

    /** Refuses the file unless one of {@code anyOf} is among the columns ("客户编码 / Customer code or ..."). */
    @SafeVarargs
    public static <C extends Enum<C> & ImportColumnName> void require(Map<C, Integer> columns, C... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(columns::containsKey)) {
            throw new ImportRefusedException("import.file.error.missing-column", Arrays.stream(anyOf)
                    .map(c -> c.chinese() + " / " + c.english()).collect(Collectors.joining(" | ")));
        }
    }

    private static String normalize(String s) {
        return s == null ? "" : s.replace("\uFEFF", "").replace("*", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
