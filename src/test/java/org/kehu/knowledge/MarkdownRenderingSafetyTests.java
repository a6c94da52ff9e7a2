package org.kehu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An article's Markdown becomes HTML that cannot run anything in a reader's browser: raw HTML in the Markdown goes
 * through, and the sanitiser removes scripts, event handlers and javascript: links from it.
 */
class MarkdownRenderingSafetyTests {

    static Document render(String markdown) {
        return Jsoup.parseBodyFragment(MarkdownRenderer.toSafeHtml(markdown));
    }

    @Test
    void scriptTagsInTheMarkdownDoNotSurvive() {
        Document html = render("# 安装\n\n<script>alert('x')</script>\n\n<div><script src=\"https://evil.example/x.js\"></script>正文</div>");
        assertThat(html.select("script, iframe, object, embed, style")).isEmpty();
        assertThat(html.select("h1").text()).isEqualTo("安装");
        assertThat(html.text()).contains("正文");
    }

    @Test
    void eventHandlerAttributesDoNotSurvive() {
        Document html = render("<img src=x onerror=alert(1)>\n\n<p onclick=\"alert(1)\">点我</p>\n\n"
                + "<a href=\"https://kehu.example.cn\" onmouseover=\"alert(1)\">链接</a> <svg onload=alert(1)></svg>");
        for (Element e : html.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).doesNotStartWithIgnoringCase("on");
            }
        }
        assertThat(html.select("img, svg")).isEmpty();
        assertThat(html.select("p").text()).contains("点我");
        assertThat(html.select("a").attr("href")).isEqualTo("https://kehu.example.cn");
    }

    @Test
    void javascriptLinksDoNotSurviveInMarkdownOrHtml() {
        Document html = render("[点这里](javascript:alert(1)) [also](JaVaScRiPt:alert(2))\n\n"
                + "<a href=\"javascript:alert(3)\">raw</a> <a href=\" jav&#x09;ascript:alert(4)\">tab</a> "
                + "[data](data:text/html;base64,PHNjcmlwdD4=) <form action=\"javascript:alert(5)\"><button>go</button></form>");
        assertThat(html.select("a")).hasSize(5);
        assertThat(html.select("a[href]")).isEmpty();
        assertThat(html.select("form, button")).isEmpty();
        assertThat(html.html()).doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("data:text");
    }

    @Test
    void ordinaryMarkdownKeepsItsFormattingAndSafeLinks() {
        String html = MarkdownRenderer.toSafeHtml("**加粗** 与 `代码` <kbd>Ctrl</kbd>\n\n- 第一步\n- 第二步\n\n| 型号 | 扭矩 |\n|---|---|\n| M8 | 25 N·m |\n\n"
                + "[说明书](https://kehu.example.cn/manual.pdf)");
        assertThat(html).contains("<strong>加粗</strong>").contains("<code>代码</code>").contains("<kbd>Ctrl</kbd>")
                .contains("<li>第一步</li>").contains("<table>").contains("<td>M8</td>")
                .contains("href=\"https://kehu.example.cn/manual.pdf\"").contains("rel=\"nofollow noopener noreferrer\"");
    }
}
