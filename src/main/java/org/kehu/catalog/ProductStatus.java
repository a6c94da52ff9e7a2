package org.kehu.catalog;

/** Whether a product is still sold: a discontinued product keeps its history but is offered no more. */
public enum ProductStatus {
    ON_SALE, DISCONTINUED
}
