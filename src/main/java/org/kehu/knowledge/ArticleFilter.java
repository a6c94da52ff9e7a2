package org.kehu.knowledge;

/** The staff list's filters: search text, category, tag, visibility and status codes; blank means any. */
public record ArticleFilter(String q, String category, String tag, String visibility, String status) {

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null, null);
    }
}
