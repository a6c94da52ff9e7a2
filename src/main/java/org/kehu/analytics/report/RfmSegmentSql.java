package org.kehu.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * The RFM segments' names and their SQL, for the per-customer read model ({@code analytics.CustomerRfmSegments}): one
 * map of (R, FM) to segment, {@link RfmSegment#of}, written out as SQL so that the read model and the report agree.
 */
public final class RfmSegmentSql {

    private RfmSegmentSql() {
    }

    /** The segments' names, from the best customers down. */
    public static List<String> names() {
        return Stream.of(RfmSegment.values()).map(Enum::name).toList();
    }

    /** The label's message key of a segment name. */
    public static String labelKey(String name) {
        return RfmSegment.valueOf(name).labelKey();
    }

    /** A SQL {@code case} naming the segment of the scores in columns {@code r}, {@code f} and {@code m} (each 1–5). */
    public static String segmentCase(String r, String f, String m) {
        StringJoiner sql = new StringJoiner(" ", "case ", " end");
        for (RfmSegment segment : RfmSegment.values()) {
            List<String> pairs = new ArrayList<>();
            for (int rs = 1; rs <= 5; rs++) {
                for (int fm = 1; fm <= 5; fm++) {
                    if (RfmSegment.of(rs, fm) == segment) {
                        pairs.add("(" + rs + ", " + fm + ")");
                    }
                }
            }
            sql.add("when (" + r + ", (" + f + " + " + m + " + 1) / 2) in (" + String.join(", ", pairs) + ") then '"
                    + segment.name() + "'");
        }
        return sql.toString();
    }
}
