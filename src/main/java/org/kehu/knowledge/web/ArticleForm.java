package org.kehu.knowledge.web;

import org.kehu.knowledge.ArticleDetails;
import org.kehu.knowledge.ArticleInput;

/** The article editor's fields; tags are typed as one text separated by commas. */
public class ArticleForm {

    private String title;
    private String body;
    private String category;
    private String tags;
    private String visibility = "BOTH";
    private String status = "DRAFT";
    private Long version;

    static ArticleForm of(ArticleDetails a) {
        ArticleForm f = new ArticleForm();
        f.title = a.title();
        f.body = a.body();
        f.category = a.category();
        f.tags = String.join(", ", a.tags());
        f.visibility = a.visibility().name();
        f.status = a.status().name();
        f.version = a.version();
        return f;
    }

    ArticleInput toInput() {
        return new ArticleInput(title, body, category, org.kehu.knowledge.web.KnowledgeWeb.splitTags(tags), visibility,
                status, version);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String visibility) { this.visibility = visibility; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
