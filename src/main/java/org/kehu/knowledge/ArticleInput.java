package org.kehu.knowledge;

import java.util.List;

/**
 * An article as a form or the API sends it. Visibility, status and category are codes, checked by the knowledge base
 * so that a wrong one is a message beside its field; {@code version} is the version the editor started from.
 */
public record ArticleInput(String title, String body, String category, List<String> tags, String visibility,
        String status, Long version) {
}
