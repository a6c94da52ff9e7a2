package org.kehu.portal.showcase;

/** Which showcase record a file belongs to ({@code portal_file.owner_kind}). */
enum FileOwner {
    ENTERPRISE, CONCEPT, DIY, PRODUCT
}
