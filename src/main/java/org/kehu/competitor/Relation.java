package org.kehu.competitor;

/** How a competitor's product stands to one of ours: much the same product, or another way to the same end. */
public enum Relation {
    /** 类似: the same kind of product, bought instead of ours. */
    SIMILAR,
    /** 替代: a different product that does the same job. */
    SUBSTITUTE
}
