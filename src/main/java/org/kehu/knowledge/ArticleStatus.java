package org.kehu.knowledge;

/** A draft is seen by staff only; a published article by its audience. */
public enum ArticleStatus {
    DRAFT, PUBLISHED
}
