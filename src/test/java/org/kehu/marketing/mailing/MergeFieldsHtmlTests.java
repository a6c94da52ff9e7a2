package org.kehu.marketing.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The preview pages show {@link MergeFields#html} unescaped (th:utext), so what a template author or a contact's
 * stored name brings must arrive as text, and the only markup the mail carries is the links the parser found.
 */
class MergeFieldsHtmlTests {

    private static final MergeFields.Values HOSTILE = new MergeFields.Values("<img src=x onerror=alert(1)>",
            "武汉<script>alert('c')</script>机电", "王<b>经理</b>");

    @Test
    void mergedValuesAndTheTemplatesOwnTextArriveAsTextNotMarkup() {
        String html = MergeFields.parse("<script>alert(1)</script>尊敬的{{contact_name}}，{{company}}，{{owner_name}}")
                .html(HOSTILE, null);
        assertThat(html).doesNotContain("<script", "<img", "<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                        "武汉&lt;script&gt;", "王&lt;b&gt;经理&lt;/b&gt;");
    }

    @Test
    void onlyHttpLinksTheParserFoundBecomeAnchorsAndTheyCannotLeaveTheirAttribute() {
        String html = MergeFields.parse("看 https://kehu.example/p?a=1&b=2\"onmouseover=alert(1) 或 javascript:alert(1)")
                .html(HOSTILE, null);
        assertThat(html).contains("<a href=\"https://kehu.example/p?a=1&amp;b=2\">")
                .doesNotContain("\"onmouseover", "href=\"javascript");
        assertThat(html.split("<a ", -1)).hasSize(2);
    }
}
