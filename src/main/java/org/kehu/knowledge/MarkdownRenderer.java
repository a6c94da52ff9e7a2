package org.kehu.knowledge;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to put in a page: CommonMark renders it, raw HTML of the source included (writers use
 * {@code <kbd>} or {@code <sub>}), then jsoup's sanitiser keeps only an allow-list of elements and attributes, and links
 * only to http, https and mailto. The sanitiser is what makes it safe, not trust in the writer or in the renderer.
 */
final class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(false).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img") // no images from elsewhere: the page's policy forbids them; attachments are the way
            .addTags("hr", "del", "kbd", "s")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "title")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private MarkdownRenderer() {
    }

    static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The plain text of the Markdown (for snippets). */
    static String toPlainText(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown))).text();
    }
}
