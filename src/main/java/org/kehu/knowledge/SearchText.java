package org.kehu.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The search terms of a text, built here because PostgreSQL's parser does not segment Chinese. Words of letters and
 * digits are lower-cased terms; a run of Chinese characters gives each overlapping pair of characters ("主轴轴承" →
 * 主轴 轴轴 轴承) and its last character alone, at consecutive positions. A query then asks for the pairs of its
 * Chinese text one after another ({@code <->}), which finds exactly the texts containing that substring, through a
 * GIN index, whatever its length; one character asks for the terms starting with it. Terms contain letters and digits
 * only, so they are written into {@code tsvector} and {@code tsquery} literals without escaping. Public for the
 * benchmark's loader, which writes generated articles with the same terms.
 */
public final class SearchText {

    /** PostgreSQL keeps at most 256 positions of one term, and positions up to 16383. */
    private static final int MAX_POSITIONS = 256;
    private static final int MAX_POSITION = 16_383;
    /** Longer bodies are searched in their first part: a tsvector has a size limit of 1 MB. */
    static final int MAX_INDEXED_CHARS = 60_000;
    private static final int MAX_QUERY_TERMS = 12;

    private SearchText() {
    }

    /** The text's terms in order; a run of Chinese gives its pairs and its last character. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        String s = text.length() > MAX_INDEXED_CHARS ? text.substring(0, MAX_INDEXED_CHARS) : text;
        StringBuilder word = new StringBuilder();
        List<Integer> han = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                flushWord(word, terms);
                han.add(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushHan(han, terms);
                word.appendCodePoint(Character.toLowerCase(cp));
            } else {
                flushWord(word, terms);
                flushHan(han, terms);
            }
        }
        flushWord(word, terms);
        flushHan(han, terms);
        return terms;
    }

    /** A {@code tsvector} literal of the text with every position weighted {@code weight} (A for titles, B for bodies). */
    public static String vector(String text, char weight) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        int position = 0;
        for (String term : terms(text)) {
            position = Math.min(position + 1, MAX_POSITION);
            List<Integer> list = positions.computeIfAbsent(term, t -> new ArrayList<>());
            if (list.size() < MAX_POSITIONS) {
                list.add(position);
            }
        }
        StringJoiner out = new StringJoiner(" ");
        positions.forEach((term, list) -> {
            StringJoiner p = new StringJoiner(",");
            list.forEach(n -> p.add(n + String.valueOf(weight)));
            out.add("'" + term + "':" + p);
        });
        return out.toString();
    }

    /**
     * A {@code tsquery} finding texts that contain every word of the query (a Latin word as a prefix, Chinese text as a
     * substring); empty when the query has no letter or digit.
     */
    public static String query(String q) {
        StringJoiner all = new StringJoiner(" & ");
        int count = 0;
        for (String part : q == null ? new String[0] : q.strip().split("\\s+")) {
            List<String> pieces = pieces(part);
            for (String piece : pieces) {
                if (count++ >= MAX_QUERY_TERMS) {
                    break;
                }
                all.add(pieceQuery(piece));
            }
        }
        return all.toString();
    }

    /**
     * A {@code tsquery} finding texts that share any term with {@code text} (a ticket's subject is a sentence: its
     * pairs of Chinese characters and its words, any of them); empty when it has none.
     */
    static String anyTerm(String text) {
        StringJoiner any = new StringJoiner(" | ");
        terms(text).stream().filter(t -> t.codePointCount(0, t.length()) > 1 || !isHan(t.codePointAt(0)))
                .distinct().limit(40).forEach(t -> any.add("'" + t + "'" + (isHan(t.codePointAt(0)) ? "" : ":*")));
        return any.toString();
    }

    /** The query as the missing-searches page counts it: blanks collapsed, lower case, at most 200 characters. */
    static String normalised(String q) {
        String s = q == null ? "" : q.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    /** The Chinese runs and the words of one whitespace-free part of a query, in order. */
    private static List<String> pieces(String part) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean currentHan = null;
        int i = 0;
        while (i < part.length()) {
            int cp = part.codePointAt(i);
            i += Character.charCount(cp);
            boolean h = isHan(cp);
            boolean keep = h || Character.isLetterOrDigit(cp);
            if (!keep || (currentHan != null && currentHan != h)) {
                if (current.length() > 0) {
                    pieces.add(current.toString());
                }
                current.setLength(0);
                currentHan = null;
            }
            if (keep) {
                current.appendCodePoint(h ? cp : Character.toLowerCase(cp));
                currentHan = h;
            }
        }
        if (current.length() > 0) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    private static String pieceQuery(String piece) {
        if (!isHan(piece.codePointAt(0))) {
            return "'" + piece + "':*";
        }
        int[] cps = piece.codePoints().toArray();
        if (cps.length == 1) {
            return "'" + piece + "':*";
        }
        StringJoiner phrase = new StringJoiner(" <-> ", "(", ")");
        for (int k = 0; k + 1 < cps.length; k++) {
            phrase.add("'" + new String(cps, k, 2) + "'");
        }
        return phrase.toString();
    }

    private static void flushWord(StringBuilder word, List<String> terms) {
        if (word.length() > 0) {
            // PostgreSQL refuses terms longer than 2,046 bytes; such a "word" is not worth finding.
            if (word.length() <= 100) {
                terms.add(word.toString());
            }
            word.setLength(0);
        }
    }

    private static void flushHan(List<Integer> han, List<String> terms) {
        for (int k = 0; k < han.size(); k++) {
            StringBuilder t = new StringBuilder().appendCodePoint(han.get(k));
            if (k + 1 < han.size()) {
                t.appendCodePoint(han.get(k + 1));
            }
            terms.add(t.toString());
        }
        han.clear();
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
