package org.kehu;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds text on a page that looks like a code rather than a label: an enum constant or dictionary code such as
 * {@code ACCOUNT_MANAGER} or {@code REPAIR}. The acronyms people read (CSV, API, SLA, CNC …) are allowed, and so
 * is a code shown as a code in a {@code <code>} element beside its label (the dictionary, roles and departments
 * pages, where administrators keep the codes). Used by the page scan and by every browser test.
 */
public final class RawCodes {

    /** Upper-case words of three or more letters, with or without underscores: how codes look. */
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d_./-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\p{L}\\d_-])");

    /** What people read as words: file formats, protocols, units, trade terms, machine types. */
    private static final Set<String> READ_AS_WORDS = Set.of("CSV", "API", "SLA", "PDF", "CRM", "URL", "HTTP", "HTTPS",
            "SMTP", "OK", "ID", "CAD", "DIY", "VIP", "PM", "AM", "GB", "KB", "MB", "CNY", "RMB", "UTC", "ISO", "REST",
            "JSON", "XLSX", "HTML", "SKU", "ERP", "QQ", "IP", "UTF", "GB18030", "PCS", "KG", "TON", "SET", "BOM",
            "CNC", "MES", "PLC", "LED", "CEO", "OEM", "ODM", "ETS", "MAPE", "MASE", "CLV", "RFM", "AHP", "PNG", "JPEG", "JPG", "GIF",
            "DWG", "DXF", "STEP", "IGES");

    private RawCodes() {
    }

    /** The code-like words in a page's visible text, leaving out {@code <code>} elements. */
    public static Set<String> inPage(String html) {
        Document page = Jsoup.parse(html);
        page.select("code, script, style, template").remove();
        return inText(page.body().text());
    }

    public static Set<String> inText(String text) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (word.length() >= 3 && !READ_AS_WORDS.contains(word) && !word.matches("[A-Z]{1,4}\\d+.*")) {
                codes.add(word);
            }
        }
        return codes;
    }
}
