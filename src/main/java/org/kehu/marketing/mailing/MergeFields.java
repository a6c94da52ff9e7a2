package org.kehu.marketing.mailing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The merge fields and links of a mail template, and its rendering for one recipient as text and as HTML.
 * Links are found in the template (never in merged values), numbered in the order they first appear, and
 * replaced by the recipient's tracking URL when one is given.
 */
final class MergeFields {

    /** The fields a template may use, as written between double braces. */
    static final List<String> KNOWN = List.of("contact_name", "company", "owner_name");

    private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}|(https?://[^\\s<>\"'{}]+)");

    /** The values for one recipient. */
    record Values(String contactName, String company, String ownerName) {

        String of(String field) {
            String v = switch (field) {
                case "contact_name" -> contactName;
                case "company" -> company;
                case "owner_name" -> ownerName;
                default -> null;
            };
            return v == null ? "" : v;
        }
    }

    /** A part of a template: literal text, a field, or a link with its number. */
    private record Part(String text, String field, String link, int linkNo) {
    }

    private final List<Part> parts;
    private final List<String> links;

    private MergeFields(List<Part> parts, List<String> links) {
        this.parts = parts;
        this.links = links;
    }

    static MergeFields parse(String template) {
        List<Part> parts = new ArrayList<>();
        Map<String, Integer> linkNos = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(template);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(template.substring(at, m.start()), null, null, 0));
            }
            if (m.group(1) != null) {
                parts.add(new Part(null, m.group(1), null, 0));
            } else {
                String url = trimPunctuation(m.group(2));
                int no = linkNos.computeIfAbsent(url, u -> linkNos.size() + 1);
                parts.add(new Part(null, null, url, no));
                String rest = m.group(2).substring(url.length());
                if (!rest.isEmpty()) {
                    parts.add(new Part(rest, null, null, 0));
                }
            }
            at = m.end();
        }
        if (at < template.length()) {
            parts.add(new Part(template.substring(at), null, null, 0));
        }
        return new MergeFields(parts, List.copyOf(linkNos.keySet()));
    }

    /** Unknown fields and unclosed braces in a template; empty when it is fine. */
    static List<String> problems(String template) {
        List<String> problems = new ArrayList<>();
        for (Part p : parse(template).parts) {
            if (p.field() != null && !KNOWN.contains(p.field())) {
                problems.add(p.field());
            }
            if (p.text() != null && (p.text().contains("{{") || p.text().contains("}}"))) {
                problems.add(p.text().strip());
            }
        }
        return problems;
    }

    /** The links in the order of their numbers (link 1 first). */
    List<String> links() {
        return links;
    }

    /**
     * As plain text.
     *
     * @param trackedUrl the tracking URL of link {@code n}, or null to keep the links as written
     */
    String text(Values values, java.util.function.IntFunction<String> trackedUrl) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p.text() != null) {
                out.append(p.text());
            } else if (p.field() != null) {
                out.append(values.of(p.field()));
            } else {
                out.append(trackedUrl == null ? p.link() : trackedUrl.apply(p.linkNo()));
            }
        }
        return out.toString();
    }

    /** As HTML paragraphs: text escaped, line breaks kept, links as anchors showing the written address. */
    String html(Values values, java.util.function.IntFunction<String> trackedUrl) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p.text() != null) {
                out.append(escape(p.text()));
            } else if (p.field() != null) {
                out.append(escape(values.of(p.field())));
            } else {
                String href = trackedUrl == null ? p.link() : trackedUrl.apply(p.linkNo());
                out.append("<a href=\"").append(HtmlUtils.htmlEscape(href)).append("\">").append(HtmlUtils.htmlEscape(p.link()))
                        .append("</a>");
            }
        }
        return "<div style=\"font-family:sans-serif;line-height:1.6\">" + out + "</div>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    /** A sentence's full stop or closing bracket after a link is not part of it. */
    private static String trimPunctuation(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;:!?)]。，；：！？）".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
